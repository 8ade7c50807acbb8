import type { BoardRole } from '@bordduk/shared'

import type { BoardRow, Store } from '../storage/Store.ts'
import { boardRole } from './boardRole.ts'
import { keyMatches } from './boardSecrets.ts'

/** The role a key grants on a board: its workshop's facilitator key, or the board's own keys. */
export async function resolveBoardRole(
  store: Store,
  board: BoardRow,
  key: string | undefined,
): Promise<BoardRole | undefined> {
  if (key && board.workshopId) {
    const workshop = await store.getWorkshop(board.workshopId)
    if (workshop && keyMatches(key, workshop.facilitatorKeyHash)) return 'facilitator'
  }
  return boardRole(board, key)
}
