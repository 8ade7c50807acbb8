import type { BoardRow, Store } from '../storage/Store.ts'
import { hashKey } from './boardSecrets.ts'

/**
 * Whether a key that opens nothing once opened this board before its facilitator made new
 * links, so the person holding it can be told to ask for the new one.
 */
export async function isReplacedKey(
  store: Store,
  board: BoardRow,
  key: string | undefined,
): Promise<boolean> {
  return !!key && !!board.workshopId && (await store.isRetiredKey(board.id, hashKey(key)))
}
