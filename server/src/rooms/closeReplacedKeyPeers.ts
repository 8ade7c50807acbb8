import { CLOSE_CODES } from '@bordduk/shared'

import { resolveBoardRole } from '../boards/resolveBoardRole.ts'
import type { Store } from '../storage/Store.ts'
import type { RoomRegistry } from './RoomRegistry.ts'

/**
 * After a key rotation: closes this instance's sockets on the board whose key no longer opens
 * it, with the reason the browser shows ("the link was replaced"). Other instances do the same
 * when the rotation reaches them through the fan-out.
 */
export async function closeReplacedKeyPeers(
  store: Store,
  rooms: RoomRegistry,
  boardId: string,
): Promise<number> {
  const room = rooms.get(boardId)
  if (!room) return 0
  const board = await store.getBoard(boardId)
  if (!board) return 0
  let closed = 0
  for (const peer of room.connectedPeers) {
    if (await resolveBoardRole(store, board, peer.key)) continue
    peer.close(CLOSE_CODES.keyRotated.code, CLOSE_CODES.keyRotated.reason)
    closed++
  }
  return closed
}
