import type { CloseInfo, RawSyncClient } from './rawSyncClient.ts'

/**
 * The close codes issue 10 promises a crafted client, written out as numbers on purpose: the
 * attack tests hold the server to the contract, not to whatever `CLOSE_CODES` says today.
 */
export const CONTRACT_CLOSE = {
  /** A frame that is not a message of the protocol. */
  malformed: 4400,
  /** An update the server's checks refuse (reason starts with `update refused`). */
  refused: 4422,
  /** Board, pending updates or presence over their limit. */
  overLimit: 4413,
  /** A frame over MAX_UPDATE_BYTES (ws's code, given a reason). */
  tooLarge: 1009,
  /** Too many connections to a board or from an address. */
  tooMany: 4429,
} as const

/** How any refusal of a crafted client may end its connection; anything else is a server fault. */
export const REFUSAL_CODES: ReadonlySet<number> = new Set(Object.values(CONTRACT_CLOSE))

/** Resolves with how the client's socket closed, or `null` if it is still open after `ms`. */
export function closedWithin(client: RawSyncClient, ms: number): Promise<CloseInfo | null> {
  return Promise.race([client.closed, new Promise<null>((resolve) => setTimeout(() => resolve(null), ms))])
}
