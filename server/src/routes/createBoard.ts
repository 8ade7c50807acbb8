import { Hono } from 'hono'
import { HTTPException } from 'hono/http-exception'
import * as Y from 'yjs'

import { createBoardBodySchema } from '@bordduk/shared'
import type { CreatedBoard } from '@bordduk/shared'
import { findBuiltInTemplate, instantiate } from '@bordduk/templates'

import type { AppDeps } from '../AppDeps.ts'
import { writeInitialRecords } from '../boards/boardDocument.ts'
import type { StoredRecord } from '../boards/boardDocument.ts'
import { hashKey, newBoardId, newKey } from '../boards/boardSecrets.ts'
import { tldrawSchema } from '../boards/tldrawSchema.ts'
import { redact } from '../logger.ts'
import { boardUrl, publicOrigin } from './boardLinks.ts'
import { describeIssues } from './parseQuery.ts'

const MAX_BODY_BYTES = 16 * 1024

/**
 * `POST /api/boards`: instantiates the template on the server, so every board starts
 * identical before any browser has opened it.
 */
export function createBoardRoute({ config, store, logger }: AppDeps) {
  return new Hono().post('/api/boards', async (c) => {
    const raw = await c.req.text()
    if (raw.length > MAX_BODY_BYTES) throw new HTTPException(413, { message: 'request body too large' })
    let json: unknown = {}
    if (raw.trim() !== '') {
      try {
        json = JSON.parse(raw)
      } catch {
        throw new HTTPException(400, { message: 'body must be JSON' })
      }
    }
    const parsed = createBoardBodySchema.safeParse(json)
    if (!parsed.success) throw new HTTPException(400, { message: describeIssues(parsed.error) })
    const { templateId, locale } = parsed.data
    const template = findBuiltInTemplate(templateId)
    if (!template) throw new HTTPException(400, { message: `templateId: unknown template "${templateId}"` })

    const title = parsed.data.title ?? template.title[locale]
    const id = newBoardId()
    const editKey = newKey()
    const viewKey = newKey()
    const doc = new Y.Doc()
    writeInitialRecords(doc, instantiate(template, locale) as unknown as StoredRecord[], tldrawSchema)
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
      Y.encodeStateAsUpdate(doc),
    )
    doc.destroy()
    logger.info({ board: redact(id), templateId, locale }, 'board created')

    const origin = publicOrigin(c, config)
    const body: CreatedBoard = {
      id,
      title,
      templateId,
      locale,
      editKey,
      viewKey,
      editUrl: boardUrl(origin, id, editKey),
      viewUrl: boardUrl(origin, id, viewKey),
    }
    return c.json(body, 201)
  })
}
