import { createHash } from 'node:crypto'

/**
 * What stands for a tab outside its own socket (ballots, drafts, other instances): a digest of
 * its session secret, so nothing stored or relayed lets anyone act as that tab.
 */
export function sessionDigest(session: string): string {
  return createHash('sha256').update(`bordduk-session:${session}`).digest('base64url')
}
