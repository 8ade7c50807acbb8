/**
 * Every WebSocket close code the sync endpoint uses, with its reason. 4400–4499 mirror HTTP
 * 4xx: y-websocket's client does not reconnect after them, which is what we want for a bad
 * key or an unknown board.
 */
export const CLOSE_CODES = {
  /** Server restarting or shutting down; the client should reconnect. */
  serviceRestart: { code: 1012, reason: 'server restarting' },
  /** A frame we could not decode. */
  malformedMessage: { code: 4400, reason: 'malformed message' },
  /** Missing or wrong key for this board. */
  forbidden: { code: 4403, reason: 'missing or invalid board key' },
  /** The facilitator rotated the board's keys: this link no longer opens it. */
  keyRotated: { code: 4403, reason: 'board key was rotated' },
  /** No board with this id. */
  notFound: { code: 4404, reason: 'unknown board' },
  /** The board could not be loaded from storage; try again later. */
  loadFailed: { code: 4500, reason: 'board could not be loaded' },
} as const satisfies Record<string, { code: number; reason: string }>

export type CloseCodeName = keyof typeof CLOSE_CODES
