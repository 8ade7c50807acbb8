/**
 * Every WebSocket close code the sync endpoint uses, with its reason. 4400–4499 mirror HTTP
 * 4xx: y-websocket's client does not reconnect after them, which is what we want for a bad
 * key or an unknown board.
 */
export const CLOSE_CODES = {
  /** Something failed on the server while handling a frame: not the client's fault; it reconnects. */
  internalError: { code: 1011, reason: 'internal error' },
  /** Server restarting or shutting down; the client should reconnect. */
  serviceRestart: { code: 1012, reason: 'server restarting' },
  /** A frame we could not decode. */
  malformedMessage: { code: 4400, reason: 'malformed message' },
  /** A frame over the size limit (ws's own 1009, given a reason). */
  messageTooLarge: { code: 1009, reason: 'message too large' },
  /** The board, the backlog of waiting updates or a presence state would grow past its limit. */
  overLimit: { code: 4413, reason: 'over a limit' },
  /** An update was refused by the server's checks; the reason says which (see `refusedReason`). */
  updateRefused: { code: 4422, reason: 'update refused' },
  /** Too many connections (for this board or from this address), or presence sent too fast. */
  tooMany: { code: 4429, reason: 'too many connections' },
  /** Missing or wrong key for this board. */
  forbidden: { code: 4403, reason: 'missing or invalid board key' },
  /** The facilitator rotated the board's keys: this link no longer opens it. */
  keyRotated: { code: 4403, reason: 'board key was rotated' },
  /** No board with this id. */
  notFound: { code: 4404, reason: 'unknown board' },
  /** The board could not be loaded from storage; try again later. */
  loadFailed: { code: 4500, reason: 'board could not be loaded' },
} as const satisfies Record<string, { code: number; reason: string }>

/**
 * A close reason must fit in 123 bytes (RFC 6455); the detail is cut to fit, on a character
 * boundary, so the client can show why its change was refused.
 */
export function closeReason(base: string, detail?: string): string {
  const text = detail ? `${base}: ${detail}` : base
  let bytes = 0
  let out = ''
  for (const char of text) {
    bytes += new TextEncoder().encode(char).byteLength
    if (bytes > 123) break
    out += char
  }
  return out
}

export type CloseCodeName = keyof typeof CLOSE_CODES
