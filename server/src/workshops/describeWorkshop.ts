import { MAX_LISTED_WORKSHOP_MESSAGES } from '@bordduk/shared'
import type { Workshop } from '@bordduk/shared'

import { deriveBoardKeys } from '../boards/workshopKeys.ts'
import type { RoomRegistry } from '../rooms/RoomRegistry.ts'
import { boardUrl } from '../routes/boardLinks.ts'
import type { BoardRow, Store, WorkshopRow } from '../storage/Store.ts'
import { silentOf } from '../silent/SilentWriting.ts'
import { readWorkshopTimer } from './readWorkshopTimer.ts'
import { groupName } from './workshopNames.ts'

/**
 * The facilitator's view of a workshop: every group with its links (derived afresh) and head
 * count, the running timer and the messages sent.
 */
export async function describeWorkshop(
  workshop: WorkshopRow,
  boards: BoardRow[],
  facilitatorKey: string,
  origin: string,
  { store, rooms }: { store: Store; rooms: RoomRegistry },
): Promise<Workshop> {
  // Read from each board (loading it if need be): a freeze outlives a restart.
  const frozen = await Promise.all(boards.map((board) => rooms.withRoom(board.id, (room) => room.frozen)))
  const silent = await Promise.all(boards.map((board) => rooms.withRoom(board.id, silentOf)))
  const [timer, messages] = await Promise.all([
    readWorkshopTimer(boards, rooms),
    store.listWorkshopMessages(workshop.id, MAX_LISTED_WORKSHOP_MESSAGES),
  ])
  return {
    id: workshop.id,
    title: workshop.title,
    templateId: workshop.templateId,
    locale: workshop.locale,
    facilitatorKey,
    dashboardUrl: `${origin}/w/${encodeURIComponent(workshop.id)}?key=${encodeURIComponent(facilitatorKey)}`,
    groups: boards.map((board, index) => {
      const keys = deriveBoardKeys(facilitatorKey, board.id, board.keyGeneration ?? 0)
      return {
        name: groupName(workshop.locale, board.groupIndex ?? 0),
        boardId: board.id,
        editUrl: boardUrl(origin, board.id, keys.editKey),
        viewUrl: boardUrl(origin, board.id, keys.viewKey),
        facilitatorUrl: boardUrl(origin, board.id, keys.facilitatorKey),
        participants: rooms.get(board.id)?.participantCount ?? 0,
        // Only a board in memory has people on it: no need to load one to learn that nobody is there.
        names: rooms.get(board.id)?.presentNames ?? [],
        frozen: frozen[index]!,
        ...(silent[index] ? { silentNotes: silent[index].cards.length } : {}),
      }
    }),
    timer,
    messages,
    serverNow: Date.now(),
  }
}
