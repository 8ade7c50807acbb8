import type { Context } from 'hono'
import { HTTPException } from 'hono/http-exception'

import { CLOSE_CODES, boardIdSchema } from '@bordduk/shared'
import type { BoardRole } from '@bordduk/shared'

import { isReplacedKey } from '../boards/isReplacedKey.ts'
import { resolveBoardRole } from '../boards/resolveBoardRole.ts'
import type { BoardRow, Store } from '../storage/Store.ts'

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
  if (!board) throw new HTTPException(404, { message: 'unknown board' })
  const key = c.req.query('key')
  const role = await resolveBoardRole(store, board, key)
  if (!role) {
    if (await isReplacedKey(store, board, key))
      throw new HTTPException(403, { message: CLOSE_CODES.keyRotated.reason })
    throw new HTTPException(403, { message: 'missing or invalid board key' })
  }
  return { board, role }
}
