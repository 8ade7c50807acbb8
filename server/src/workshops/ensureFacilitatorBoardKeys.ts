import { hashKey } from '../boards/boardSecrets.ts'
import { deriveBoardKeys } from '../boards/workshopKeys.ts'
import type { BoardRow, Store } from '../storage/Store.ts'

/**
 * Group boards made before boards had their own facilitator key get it on the dashboard's
 * next visit: only then does the server hold the facilitator key it is derived from.
 * Answers the boards as stored afterwards.
 */
export async function ensureFacilitatorBoardKeys(
  store: Store,
  boards: BoardRow[],
  facilitatorKey: string,
): Promise<BoardRow[]> {
  return Promise.all(
    boards.map(async (board) => {
      if (board.facilitatorKeyHash) return board
      const keyGeneration = board.keyGeneration ?? 0
      const facilitatorKeyHash = hashKey(
        deriveBoardKeys(facilitatorKey, board.id, keyGeneration).facilitatorKey,
      )
      const updated = { ...board, facilitatorKeyHash }
      await store.setBoardKeys(board.id, { ...updated, keyGeneration })
      return updated
    }),
  )
}
