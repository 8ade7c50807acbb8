import { randomBytes } from 'node:crypto'

import { Hono } from 'hono'
import { z } from 'zod'

import { boardIdSchema, templateSchema } from '@bordduk/shared'
import type { SavedTemplate } from '@bordduk/shared'

import type { RouteDeps } from '../AppDeps.ts'
import { keyMatches } from '../boards/boardSecrets.ts'
import { MAX_TLDR_FILE_BYTES, parseTldrText } from '../boards/parseTldrText.ts'
import { readTldrFile } from '../boards/readTldrFile.ts'
import { apiProblem } from '../http/apiProblem.ts'
import { jsonBody } from '../http/jsonBody.ts'
import { redact } from '../logger.ts'
import { templateFromTldr } from '../templates/templateFromTldr.ts'
import { parseQuery } from './parseQuery.ts'

const importTemplateQuerySchema = z
  .object({
    workshop: boardIdSchema,
    key: z.string().min(1).max(200),
    title: z.string().trim().min(1).max(80).optional(),
    description: z.string().trim().max(400).default(''),
  })
  .strict()

/**
 * `POST /api/templates/import?workshop=&key=&title=`: a `.tldr` file (the JSON body) saved as a
 * custom template. Like "save as template", it publishes to the gallery everyone sees, so only a
 * workshop's facilitator key may, and that key owns it (listed, edited and deleted on the
 * workshop's dashboard). The file passes the same reading as a board import (`readTldrFile`:
 * checks, migrations, limits), then the same template check as every stored template; a bad
 * file gets a 400 saying why and nothing is stored.
 */
export function importTemplateRoute({ store, logger }: RouteDeps) {
  return new Hono().post(
    '/api/templates/import',
    jsonBody({ maxBytes: MAX_TLDR_FILE_BYTES, tooLargeStatus: 413 }),
    async (c) => {
      const query = parseQuery(c, importTemplateQuerySchema)
      const workshop = await store.getWorkshop(query.workshop)
      if (!workshop) throw apiProblem(404, 'unknownWorkshop', 'unknown workshop')
      if (!keyMatches(query.key, workshop.facilitatorKeyHash))
        throw apiProblem(
          403,
          'facilitatorOnly',
          "publishing to the template gallery needs a workshop's facilitator key",
        )
      const records = readTldrFile(parseTldrText(await c.req.text()))
      const documentName = records.find((r) => r.typeName === 'document')?.name
      const title =
        query.title ??
        ((typeof documentName === 'string' && documentName.trim().slice(0, 80).trim()) || 'Importert mal')
      const draft = templateFromTldr(records, {
        id: `egen-${randomBytes(8).toString('hex')}`,
        title,
        description: query.description,
      })
      const parsed = templateSchema.safeParse(draft)
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!
        throw apiProblem(
          400,
          'tldrNoTemplate',
          `no template could be made: ${issue.path.join('.')}: ${issue.message}`,
        )
      }
      const template = parsed.data
      const now = new Date().toISOString()
      await store.createTemplate({
        id: template.id,
        data: JSON.stringify(template),
        ownerKeyHash: workshop.facilitatorKeyHash,
        createdAt: now,
        updatedAt: now,
      })
      logger.info({ template: template.id, workshop: redact(workshop.id) }, 'custom template imported')
      const saved: SavedTemplate = { id: template.id, title }
      return c.json(saved, 201)
    },
  )
}
