import type { BoardRole } from '@bordduk/shared'

import type { BoardRow, Store } from '../storage/Store.ts'
import { boardRole } from './boardRole.ts'
import { keyMatches } from './boardSecrets.ts'

/**
 * The role a key grants on a board: the board's own facilitator key, its workshop's facilitator
 * (dashboard) key, or the board's edit and view keys.
 */
export async function resolveBoardRole(
  store: Store,
  board: BoardRow,
  key: string | undefined,
): Promise<BoardRole | undefined> {
  if (key && board.workshopId) {
    if (board.facilitatorKeyHash && keyMatches(key, board.facilitatorKeyHash)) return 'facilitator'
    const workshop = await store.getWorkshop(board.workshopId)
    if (workshop && keyMatches(key, workshop.facilitatorKeyHash)) return 'facilitator'
  }
  return boardRole(board, key)
}
