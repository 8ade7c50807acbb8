import type { Context } from 'hono'

import { CLOSE_CODES, boardIdSchema } from '@bordduk/shared'
import type { BoardRole } from '@bordduk/shared'

import { isReplacedKey } from '../boards/isReplacedKey.ts'
import { resolveBoardRole } from '../boards/resolveBoardRole.ts'
import type { BoardRow, Store } from '../storage/Store.ts'
import { apiProblem } from '../http/apiProblem.ts'

/**
 * Looks up `:id` and checks `?key=`: 404 for an unknown board, 403 for a missing or bad key
 * (with the key-rotated reason when the key is one the facilitator replaced).
 */
export async function authorizeBoard(
  c: Context,
  store: Store,
): Promise<{ board: BoardRow; role: BoardRole }> {
  const id = c.req.param('id') ?? ''
  const board = boardIdSchema.safeParse(id).success ? await store.getBoard(id) : undefined
  if (!board) throw apiProblem(404, 'unknownBoard', 'unknown board')
  const key = c.req.query('key')
  const role = await resolveBoardRole(store, board, key)
  if (!role) {
    if (await isReplacedKey(store, board, key))
      throw apiProblem(403, 'keyRotated', CLOSE_CODES.keyRotated.reason)
    throw apiProblem(403, 'forbidden', 'missing or invalid board key')
  }
  return { board, role }
}
