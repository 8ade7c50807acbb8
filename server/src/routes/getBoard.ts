import { Hono } from 'hono'

import type { BoardMeta } from '@bordduk/shared'

import type { RouteDeps } from '../AppDeps.ts'
import { authorizeBoard } from './authorizeBoard.ts'

/** `GET /api/boards/:id?key=`: the board's metadata and the role the key grants. */
export function getBoardRoute({ store }: RouteDeps) {
  return new Hono().get('/api/boards/:id', async (c) => {
    const { board, role } = await authorizeBoard(c, store)
    const body: BoardMeta = {
      id: board.id,
      title: board.title,
      templateId: board.templateId,
      locale: board.locale,
      createdAt: board.createdAt,
      role,
      inWorkshop: Boolean(board.workshopId),
    }
    return c.json(body)
  })
}
