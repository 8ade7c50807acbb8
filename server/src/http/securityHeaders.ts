import type { Context, MiddlewareHandler } from 'hono'
import { secureHeaders } from 'hono/secure-headers'

/**
 * For pictures we draw (thumbnails, template previews): opened on their own, an SVG is a
 * document that could run script, so it may load nothing but inline styles and data: images.
 */
export const SVG_CONTENT_SECURITY_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'self'"

/**
 * Headers on every response: `nosniff`, no referrer (board links carry their key), and a
 * Content-Security-Policy under which only our own bundle runs. tldraw needs inline styles,
 * data:/blob: images and fonts (its SVG export and our PNG downloads), blob: workers, and
 * fetches its small bundled files (translations) as the data: URLs Vite inlines them as; the
 * board's socket is on our own host. HSTS is left to the TLS-terminating proxy.
 */
export function securityHeaders(publicUrl: string | undefined): MiddlewareHandler {
  const forPages = secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:', 'blob:'],
      fontSrc: ["'self'", 'data:'],
      connectSrc: ["'self'", 'data:', (c: Context) => socketSources(c, publicUrl)],
      workerSrc: ["'self'", 'blob:'],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'self'"],
    },
    strictTransportSecurity: false,
  })
  return async (c, next) => {
    await forPages(c, next)
    if (c.res.headers.get('Content-Type')?.startsWith('image/svg+xml')) {
      c.res.headers.set('Content-Security-Policy', SVG_CONTENT_SECURITY_POLICY)
    }
  }
}

/** A host[:port] with nothing that could end the directive (`;`) or add a source (space). */
const PLAIN_HOST = /^([a-z0-9.-]+|\[[0-9a-f:.]+\])(:\d{1,5})?$/i

/**
 * `ws:`/`wss:` to the host the page came from: older browsers do not count them as `'self'`.
 * PUBLIC_URL names the host when set, since a proxy may pass another `Host` on.
 */
function socketSources(c: Context, publicUrl: string | undefined): string {
  const host = new URL(publicUrl ?? c.req.url).host
  return PLAIN_HOST.test(host) ? `ws://${host} wss://${host}` : ''
}
