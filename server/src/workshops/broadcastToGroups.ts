import type * as Y from 'yjs'

import { Y_WORKSHOP_MAP } from '@bordduk/shared'

import { SERVER_ORIGIN } from '../rooms/serverOrigin.ts'
import type { RoomRegistry } from '../rooms/RoomRegistry.ts'
import type { BoardRow } from '../storage/Store.ts'

/**
 * Writes the facilitator's state (timer, message) into every group board's workshop map, live
 * for everyone on them, and stores it before answering.
 */
export async function broadcastToGroups(
  boards: BoardRow[],
  rooms: RoomRegistry,
  write: (map: Y.Map<unknown>) => void,
): Promise<void> {
  await Promise.all(
    boards.map(async (board) => {
      const room = await rooms.acquire(board.id)
      try {
        room.doc.transact(() => write(room.doc.getMap(Y_WORKSHOP_MAP)), SERVER_ORIGIN)
        await room.persistence.flush()
      } finally {
        rooms.releaseIfIdle(room)
      }
    }),
  )
}
