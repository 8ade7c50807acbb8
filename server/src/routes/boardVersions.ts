import { Hono } from 'hono'

import { saveVersionBodySchema } from '@bordduk/shared'

import type { RouteDeps } from '../AppDeps.ts'
import { keepBoardLanguage } from '../boards/relocalizeBoard.ts'
import { restoreVersion } from '../boards/restoreVersion.ts'
import { jsonBody } from '../http/jsonBody.ts'
import { redact } from '../logger.ts'
import { authorizeBoard } from './authorizeBoard.ts'
import { parseJsonBody } from './parseJsonBody.ts'
import { apiProblem } from '../http/apiProblem.ts'

/**
 * Version history of a board (needs a key that may edit):
 * `GET /api/boards/:id/versions`, `POST /api/boards/:id/versions {name}`,
 * `POST /api/boards/:id/versions/:versionId/restore`.
 */
export function boardVersionsRoute({ store, rooms, logger, templates }: RouteDeps) {
  const editor = async (c: Parameters<typeof authorizeBoard>[0]) => {
    const access = await authorizeBoard(c, store)
    if (access.role === 'view') throw apiProblem(403, 'needsEditKey', 'versions need a key that may edit')
    return access.board
  }
  return new Hono()
    .get('/api/boards/:id/versions', async (c) => c.json(await store.listVersions((await editor(c)).id)))
    .post('/api/boards/:id/versions', jsonBody(), async (c) => {
      const board = await editor(c)
      const { name } = await parseJsonBody(c, saveVersionBodySchema)
      const state = await rooms.withRoom(board.id, (room) => room.encodeState())
      const version = await store.saveVersion(board.id, name, state)
      return c.json(version, 201)
    })
    .post('/api/boards/:id/versions/:versionId/restore', async (c) => {
      const board = await editor(c)
      const versionId = Number(c.req.param('versionId'))
      const data = Number.isInteger(versionId) ? await store.getVersionData(board.id, versionId) : undefined
      if (!data) throw apiProblem(404, 'unknownVersion', 'unknown version')
      const template = await templates.find(board.templateId)
      // Restoring is no way to switch the board's language (in a workshop that is the
      // facilitator's alone): a version from before a switch comes back in today's language.
      // A second change, since the records read back what a transaction wrote only after it.
      const changed = await rooms.withRoom(board.id, async (room) => {
        const restored = await room.change(({ records }) => restoreVersion(records, data))
        const relocalized = template
          ? await room.change(({ records }) => keepBoardLanguage(records, template, board.locale))
          : 0
        return restored + relocalized
      })
      logger.info({ board: redact(board.id), versionId, changed }, 'version restored')
      return c.json({ restored: versionId, changed })
    })
}
