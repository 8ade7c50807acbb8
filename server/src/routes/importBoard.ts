import { Hono } from 'hono'
import { z } from 'zod'
import * as Y from 'yjs'

import { MAX_BOARD_TITLE_LENGTH, localeSchema, pickText } from '@bordduk/shared'
import type { CreatedBoard } from '@bordduk/shared'
import { boardLocaleFor } from '@bordduk/templates'

import type { RouteDeps } from '../AppDeps.ts'
import { writeInitialRecords } from '../boards/boardDocument.ts'
import { hashKey, newBoardId, newKey } from '../boards/boardSecrets.ts'
import { MAX_TLDR_FILE_BYTES, parseTldrText } from '../boards/parseTldrText.ts'
import { readTldrFile } from '../boards/readTldrFile.ts'
import { tldrawSchema } from '../boards/tldrawSchema.ts'
import { apiProblem } from '../http/apiProblem.ts'
import { jsonBody } from '../http/jsonBody.ts'
import { redact } from '../logger.ts'
import { boardUrl, publicOrigin } from './boardLinks.ts'
import { parseQuery } from './parseQuery.ts'

/** An imported board is a blank board with the file's records: it has no tablecloth of its own. */
const IMPORTED_TEMPLATE_ID = 'blank'

const importQuerySchema = z
  .object({
    title: z.string().trim().min(1).max(MAX_BOARD_TITLE_LENGTH).optional(),
    locale: localeSchema.default('nb'),
  })
  .strict()

/**
 * `POST /api/boards/import`: a new board from a `.tldr` file sent as the JSON body. Like
 * `POST /api/boards`, anyone may start a board; the file is read and checked whole before the
 * board is stored, so a bad file leaves nothing behind.
 */
export function importBoardRoute({ config, store, logger, templates }: RouteDeps) {
  return new Hono().post(
    '/api/boards/import',
    jsonBody({ maxBytes: MAX_TLDR_FILE_BYTES, tooLargeStatus: 413 }),
    async (c) => {
      const query = parseQuery(c, importQuerySchema)
      const records = readTldrFile(parseTldrText(await c.req.text()))
      const blank = await templates.find(IMPORTED_TEMPLATE_ID)
      if (!blank) throw apiProblem(400, 'unknownTemplate', 'the blank template is missing')
      const locale = boardLocaleFor(blank, query.locale)
      const documentName = records.find((r) => r.typeName === 'document')?.name
      const title =
        query.title ??
        (typeof documentName === 'string' && documentName.trim()
          ? documentName.trim().slice(0, MAX_BOARD_TITLE_LENGTH)
          : pickText(blank.title, locale))

      const doc = new Y.Doc()
      writeInitialRecords(doc, records, tldrawSchema)
      const state = Y.encodeStateAsUpdate(doc)
      doc.destroy()
      const id = newBoardId()
      const editKey = newKey()
      const viewKey = newKey()
      await store.createBoard(
        {
          id,
          title,
          templateId: IMPORTED_TEMPLATE_ID,
          locale,
          editKeyHash: hashKey(editKey),
          viewKeyHash: hashKey(viewKey),
          createdAt: new Date().toISOString(),
        },
        state,
      )
      logger.info({ board: redact(id), records: records.length }, 'board imported from a .tldr file')
      const origin = publicOrigin(c, config)
      const created: CreatedBoard = {
        id,
        title,
        templateId: IMPORTED_TEMPLATE_ID,
        locale,
        editKey,
        viewKey,
        editUrl: boardUrl(origin, id, editKey),
        viewUrl: boardUrl(origin, id, viewKey),
      }
      return c.json(created, 201)
    },
  )
}
