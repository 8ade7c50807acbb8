import { Hono } from 'hono'
import { HTTPException } from 'hono/http-exception'

import { createBoardBodySchema } from '@bordduk/shared'
import type { CreatedBoard } from '@bordduk/shared'

import type { RouteDeps } from '../AppDeps.ts'
import { hashKey, newBoardId, newKey } from '../boards/boardSecrets.ts'
import { newBoardState } from '../boards/newBoardState.ts'
import { jsonBody } from '../http/jsonBody.ts'
import { redact } from '../logger.ts'
import { boardUrl, publicOrigin } from './boardLinks.ts'
import { parseJsonBody } from './parseJsonBody.ts'

/**
 * `POST /api/boards`: instantiates the template on the server, so every board starts
 * identical before any browser has opened it.
 */
export function createBoardRoute({ config, store, logger, templates }: RouteDeps) {
  return new Hono().post('/api/boards', jsonBody(), async (c) => {
    const body = await parseJsonBody(c, createBoardBodySchema)
    const { templateId, locale } = body
    const template = await templates.find(templateId)
    if (!template) throw new HTTPException(400, { message: `templateId: unknown template "${templateId}"` })

    const title = body.title ?? template.title[locale]
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
