import { createHmac } from 'node:crypto'

/** The keys of one group board of a workshop, at one key generation. */
export interface GroupBoardKeys {
  editKey: string
  viewKey: string
  /**
   * Opens this board (only) with the facilitator's powers. It goes in the facilitator's board
   * link instead of the dashboard key: an HMAC cannot be turned back into the key it was made
   * with, so a projected or shared board address never gives away the dashboard.
   */
  facilitatorKey: string
}

/**
 * The keys of a workshop's group board, derived from the facilitator key. The server stores
 * only their hashes, yet the facilitator's dashboard can show every group's links again: it
 * presents the facilitator key and the server derives them afresh. Rotation bumps `generation`.
 */
export function deriveBoardKeys(facilitatorKey: string, boardId: string, generation: number): GroupBoardKeys {
  const derive = (role: string) =>
    createHmac('sha256', facilitatorKey)
      .update(`${boardId}:${role}:${generation}`)
      .digest('base64url')
      .slice(0, 24)
  return { editKey: derive('edit'), viewKey: derive('view'), facilitatorKey: derive('facilitator') }
}
