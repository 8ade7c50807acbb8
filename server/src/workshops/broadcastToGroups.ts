import type * as Y from 'yjs'

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
      await rooms.withRoom(board.id, (room) => room.change(({ workshop }) => write(workshop)))
    }),
  )
}
