import { workshopTimerSchema } from '@bordduk/shared'
import type { WorkshopTimer } from '@bordduk/shared'

import type { RoomRegistry } from '../rooms/RoomRegistry.ts'
import type { BoardRow } from '../storage/Store.ts'

/** The workshop's timer as the groups see it. Every group holds the same one; read the first. */
export async function readWorkshopTimer(
  boards: BoardRow[],
  rooms: RoomRegistry,
): Promise<WorkshopTimer | null> {
  const first = boards[0]
  if (!first) return null
  const stored = await rooms.withRoom(first.id, (room) => room.workshopValue('timer'))
  const timer = workshopTimerSchema.safeParse(stored)
  return timer.success ? timer.data : null
}
