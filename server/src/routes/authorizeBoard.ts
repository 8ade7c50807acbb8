import type { Context } from 'hono'
import { HTTPException } from 'hono/http-exception'

import { boardIdSchema } from '@bordduk/shared'
import type { BoardRole } from '@bordduk/shared'

import { resolveBoardRole } from '../boards/resolveBoardRole.ts'
import type { BoardRow, Store } from '../storage/Store.ts'

/** Looks up `:id` and checks `?key=`: 404 for an unknown board, 403 for a missing or bad key. */
export async function authorizeBoard(
  c: Context,
  store: Store,
): Promise<{ board: BoardRow; role: BoardRole }> {
  const id = c.req.param('id') ?? ''
  const board = boardIdSchema.safeParse(id).success ? await store.getBoard(id) : undefined
  if (!board) throw new HTTPException(404, { message: 'unknown board' })
  const role = await resolveBoardRole(store, board, c.req.query('key'))
  if (!role) throw new HTTPException(403, { message: 'missing or invalid board key' })
  return { board, role }
}
