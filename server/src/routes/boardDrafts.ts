import { Hono } from 'hono'

import { draftsBodySchema, sessionSecretSchema } from '@bordduk/shared'
import type { DraftsAnswer } from '@bordduk/shared'

import type { RouteDeps } from '../AppDeps.ts'
import { apiProblem } from '../http/apiProblem.ts'
import { jsonBody } from '../http/jsonBody.ts'
import { authorizeBoard } from './authorizeBoard.ts'
import { parseJsonBody } from './parseJsonBody.ts'

/** Room for 200 notes with long texts, below which the per-writer byte limit decides. */
const MAX_DRAFTS_BODY_BYTES = 256 * 1024

/**
 * `PUT /api/boards/:id/drafts?key=` `{session, previousSession?, notes}`: the notes a tab writes
 * in silence, held on the server until the reveal (never in the shared doc).
 * `GET /api/boards/:id/drafts?key=&session=`: the notes this tab holds back.
 */
export function boardDraftsRoute({ store, silent }: RouteDeps) {
  return new Hono()
    .put('/api/boards/:id/drafts', jsonBody({ maxBytes: MAX_DRAFTS_BODY_BYTES }), async (c) => {
      const { board, role } = await authorizeBoard(c, store)
      if (role === 'view') throw apiProblem(403, 'needsEditKey', 'writing needs an edit link')
      const body = await parseJsonBody(c, draftsBodySchema)
      const ownCards = await silent.putDrafts(board.id, body.session, body.previousSession, body.notes)
      return c.json({ ownCards } satisfies DraftsAnswer)
    })
    .get('/api/boards/:id/drafts', async (c) => {
      const { board, role } = await authorizeBoard(c, store)
      if (role === 'view') throw apiProblem(403, 'needsEditKey', 'writing needs an edit link')
      const session = sessionSecretSchema.safeParse(c.req.query('session'))
      if (!session.success) throw apiProblem(400, 'badRequest', 'session must be a tab session secret')
      return c.json({ notes: await silent.getDrafts(board.id, session.data) })
    })
}
