import type { Workshop } from '@bordduk/shared'

import { deriveBoardKeys } from '../boards/workshopKeys.ts'
import type { RoomRegistry } from '../rooms/RoomRegistry.ts'
import { boardUrl } from '../routes/boardLinks.ts'
import type { BoardRow, WorkshopRow } from '../storage/Store.ts'
import { groupName } from './workshopNames.ts'

/** The facilitator's view of a workshop: every group with its links (derived afresh) and head count. */
export function describeWorkshop(
  workshop: WorkshopRow,
  boards: BoardRow[],
  facilitatorKey: string,
  origin: string,
  rooms: RoomRegistry,
): Workshop {
  return {
    id: workshop.id,
    title: workshop.title,
    templateId: workshop.templateId,
    locale: workshop.locale,
    facilitatorKey,
    dashboardUrl: `${origin}/w/${encodeURIComponent(workshop.id)}?key=${encodeURIComponent(facilitatorKey)}`,
    groups: boards.map((board) => {
      const keys = deriveBoardKeys(facilitatorKey, board.id, board.keyGeneration ?? 0)
      return {
        name: groupName(workshop.locale, board.groupIndex ?? 0),
        boardId: board.id,
        editUrl: boardUrl(origin, board.id, keys.editKey),
        viewUrl: boardUrl(origin, board.id, keys.viewKey),
        participants: rooms.get(board.id)?.peerCount ?? 0,
      }
    }),
  }
}
