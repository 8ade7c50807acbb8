import { isIP } from 'node:net'

/**
 * The address a request or socket came from, for per-address limits. Behind a reverse proxy
 * (`TRUST_PROXY=true`) the socket's peer is the proxy, so the last X-Forwarded-For hop — the
 * one our own proxy appended, not one a client could forge — is used instead.
 */
export function clientAddress(
  remoteAddress: string | undefined,
  forwardedFor: string | undefined,
  trustProxy: boolean,
): string {
  if (trustProxy && forwardedFor) {
    const last = forwardedFor.split(',').at(-1)?.trim()
    if (last && isIP(last)) return normalize(last)
  }
  return normalize(remoteAddress ?? 'unknown')
}

/** `::ffff:10.0.0.1` and `10.0.0.1` are one client. */
function normalize(address: string): string {
  return address.startsWith('::ffff:') ? address.slice('::ffff:'.length) : address
}
