import { createHmac } from 'node:crypto'

/**
 * The keys of a workshop's group board, derived from the facilitator key. The server stores
 * only their hashes, yet the facilitator's dashboard can show every group's links again: it
 * presents the facilitator key and the server derives them afresh. Rotation bumps `generation`.
 */
export function deriveBoardKeys(
  facilitatorKey: string,
  boardId: string,
  generation: number,
): { editKey: string; viewKey: string } {
  const derive = (role: string) =>
    createHmac('sha256', facilitatorKey)
      .update(`${boardId}:${role}:${generation}`)
      .digest('base64url')
      .slice(0, 24)
  return { editKey: derive('edit'), viewKey: derive('view') }
}
