import { Hono } from 'hono'

import { silentActionBodySchema } from '@bordduk/shared'

import type { RouteDeps } from '../AppDeps.ts'
import { apiProblem } from '../http/apiProblem.ts'
import { jsonBody } from '../http/jsonBody.ts'
import { authorizeBoard } from './authorizeBoard.ts'
import { authorizeWorkshop } from './authorizeWorkshop.ts'
import { parseJsonBody } from './parseJsonBody.ts'

/**
 * `POST /api/workshops/:id/silent` (all groups, or `boardId`) and `POST /api/boards/:id/silent`
 * (a board's facilitator link): `{action: 'start', durationMs?}` turns on silent writing,
 * `{action: 'reveal'}` shows every note written in silence at once.
 */
export function silentWritingControlsRoute({ store, silent }: RouteDeps) {
  const act = async (boardIds: string[], body: { action: 'start' | 'reveal'; durationMs?: number }) => {
    if (body.action === 'start') {
      await Promise.all(boardIds.map((id) => silent.start(id, body.durationMs)))
      return { action: body.action, boards: boardIds.length }
    }
    const counts = await Promise.all(boardIds.map((id) => silent.reveal(id)))
    return { action: body.action, boards: boardIds.length, notes: counts.reduce((a, b) => a + b, 0) }
  }
  return new Hono()
    .post('/api/workshops/:id/silent', jsonBody(), async (c) => {
      const { workshop } = await authorizeWorkshop(c, store)
      const body = await parseJsonBody(c, silentActionBodySchema)
      const all = await store.workshopBoards(workshop.id)
      const boards = body.boardId === undefined ? all : all.filter((board) => board.id === body.boardId)
      if (boards.length === 0) throw apiProblem(404, 'unknownBoard', 'no such group in this workshop')
      return c.json(
        await act(
          boards.map((b) => b.id),
          body,
        ),
      )
    })
    .post('/api/boards/:id/silent', jsonBody(), async (c) => {
      const { board, role } = await authorizeBoard(c, store)
      if (role !== 'facilitator') throw apiProblem(403, 'facilitatorOnly', 'only the facilitator may do this')
      const body = await parseJsonBody(c, silentActionBodySchema)
      if (body.boardId !== undefined && body.boardId !== board.id) {
        throw apiProblem(400, 'badRequest', 'boardId must be this board')
      }
      return c.json(await act([board.id], body))
    })
}
