/**
 * Message types on the sync socket. 0–3 are y-websocket's own; ours start at 20 so they
 * never collide with a future y-websocket type.
 */
export const MESSAGE_SYNC = 0
export const MESSAGE_AWARENESS = 1
export const MESSAGE_AUTH = 2
export const MESSAGE_QUERY_AWARENESS = 3
/**
 * Save receipt. Client → server: `[20, seq]` asks to be told when everything the server has
 * received from this socket so far is durably stored. Server → client: `[20, seq, savedAtMs]`.
 */
export const MESSAGE_SAVE_RECEIPT = 20
