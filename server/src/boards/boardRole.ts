import type { BoardRole } from '@bordduk/shared'

import type { BoardRow } from '../storage/Store.ts'
import { keyMatches } from './boardSecrets.ts'

/** Which role a key grants on a board, or undefined when it grants none. */
export function boardRole(board: BoardRow, key: string | undefined): BoardRole | undefined {
  if (!key) return undefined
  // Compare against both hashes every time, so timing does not tell which one matched.
  const isEdit = keyMatches(key, board.editKeyHash)
  const isView = keyMatches(key, board.viewKeyHash)
  if (isEdit) return 'edit'
  if (isView) return 'view'
  return undefined
}
