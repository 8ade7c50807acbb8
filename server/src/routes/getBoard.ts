import { Hono } from 'hono'

import type { BoardMeta } from '@bordduk/shared'
import { templateLocales } from '@bordduk/templates'

import type { RouteDeps } from '../AppDeps.ts'
import { authorizeBoard } from './authorizeBoard.ts'

/** `GET /api/boards/:id?key=`: the board's metadata and the role the key grants. */
export function getBoardRoute({ store, templates }: RouteDeps) {
  return new Hono().get('/api/boards/:id', async (c) => {
    const { board, role } = await authorizeBoard(c, store)
    const template = await templates.find(board.templateId)
    const body: BoardMeta = {
      id: board.id,
      title: board.title,
      templateId: board.templateId,
      locale: board.locale,
      createdAt: board.createdAt,
      role,
      inWorkshop: Boolean(board.workshopId),
      // Without its template (deleted) the board can only keep the languages every board has.
      locales: template ? templateLocales(template) : ['nb', 'en'],
    }
    return c.json(body)
  })
}
