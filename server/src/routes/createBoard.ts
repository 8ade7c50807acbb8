import { Hono } from 'hono'

import { createBoardBodySchema, pickText } from '@bordduk/shared'
import { boardLocaleFor } from '@bordduk/templates'
import type { CreatedBoard } from '@bordduk/shared'

import type { RouteDeps } from '../AppDeps.ts'
import { hashKey, newBoardId, newKey } from '../boards/boardSecrets.ts'
import { newBoardState } from '../boards/newBoardState.ts'
import { jsonBody } from '../http/jsonBody.ts'
import { redact } from '../logger.ts'
import { boardUrl, publicOrigin } from './boardLinks.ts'
import { parseJsonBody } from './parseJsonBody.ts'
import { apiProblem } from '../http/apiProblem.ts'

/**
 * `POST /api/boards`: instantiates the template on the server, so every board starts
 * identical before any browser has opened it.
 */
export function createBoardRoute({ config, store, logger, templates }: RouteDeps) {
  return new Hono().post('/api/boards', jsonBody(), async (c) => {
    const body = await parseJsonBody(c, createBoardBodySchema)
    const { templateId } = body
    const template = await templates.find(templateId)
    if (!template) throw apiProblem(400, 'unknownTemplate', `templateId: unknown template "${templateId}"`)

    // A language the template has no texts in gives the nearest one it has (nn→nb, sv→en).
    const locale = boardLocaleFor(template, body.locale)
    const title = body.title ?? pickText(template.title, locale)
    const id = newBoardId()
    const editKey = newKey()
    const viewKey = newKey()
    await store.createBoard(
      {
        id,
        title,
        templateId,
        locale,
        editKeyHash: hashKey(editKey),
        viewKeyHash: hashKey(viewKey),
        createdAt: new Date().toISOString(),
      },
      newBoardState(template, locale),
    )
    logger.info({ board: redact(id), templateId, locale }, 'board created')

    const origin = publicOrigin(c, config)
    const created: CreatedBoard = {
      id,
      title,
      templateId,
      locale,
      editKey,
      viewKey,
      editUrl: boardUrl(origin, id, editKey),
      viewUrl: boardUrl(origin, id, viewKey),
    }
    return c.json(created, 201)
  })
}
