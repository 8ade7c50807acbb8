import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'

import type { Context } from 'hono'
import { Hono } from 'hono'

import { MAX_TEMPLATE_BYTES, saveTemplateBodySchema, templateSchema } from '@bordduk/shared'
import type { OwnedTemplate, SavedTemplate } from '@bordduk/shared'
import { findBuiltInTemplate } from '@bordduk/templates'

import type { RouteDeps } from '../AppDeps.ts'
import { keyMatches } from '../boards/boardSecrets.ts'
import { resolveBoardRole } from '../boards/resolveBoardRole.ts'
import { jsonBody } from '../http/jsonBody.ts'
import { redact } from '../logger.ts'
import type { Store } from '../storage/Store.ts'
import { templateFromBoard } from '../templates/templateFromBoard.ts'
import { parseJsonBody } from './parseJsonBody.ts'
import { apiProblem } from '../http/apiProblem.ts'

/** Lower-case, so a custom id satisfies the template id rule. */
function newTemplateId(): string {
  return `egen-${randomBytes(8).toString('hex')}`
}

/** The stored template `:id`, if the key in `?key=` is its owner's. */
async function ownTemplate(c: Context, store: Store) {
  const row = await store.getTemplate(c.req.param('id') ?? '')
  if (!row)
    throw apiProblem(404, 'unknownTemplate', 'unknown template (built-in templates cannot be changed)')
  if (!keyMatches(c.req.query('key') ?? '', row.ownerKeyHash)) {
    throw apiProblem(403, 'notTemplateOwner', 'only the facilitator who saved this template may change it')
  }
  return row
}

/**
 * Facilitators' own templates:
 * `POST /api/templates?key= {boardId, title, description, locale}` saves a board's printed
 * layer to the gallery everyone sees, so only a workshop's facilitator key may (it becomes the
 * template's owner key); `PUT /api/templates/:id?key=` replaces it
 * with edited template JSON; `DELETE /api/templates/:id?key=` removes it;
 * `GET /api/templates/mine?key=` lists, whole, the templates that key saved.
 */
export function customTemplatesRoute({ store, rooms, logger }: RouteDeps) {
  // Oversize is a 400 here, like any other reason an edited template cannot be taken.
  const templateBody = jsonBody({ maxBytes: MAX_TEMPLATE_BYTES, tooLargeStatus: 400 })
  return new Hono()
    .post('/api/templates', jsonBody(), async (c) => {
      const body = await parseJsonBody(c, saveTemplateBodySchema)
      const key = c.req.query('key') ?? ''
      const board = await store.getBoard(body.boardId)
      if (!board) throw apiProblem(404, 'unknownBoard', 'unknown board')
      if ((await resolveBoardRole(store, board, key)) !== 'facilitator') {
        throw apiProblem(
          403,
          'facilitatorOnly',
          "publishing to the template gallery needs a workshop's facilitator key",
        )
      }
      const workshop = board.workshopId ? await store.getWorkshop(board.workshopId) : undefined
      assert(workshop, 'a facilitator key belongs to a workshop')

      const draft = await rooms.withRoom(board.id, (room) =>
        templateFromBoard(room.readRecords(), {
          id: newTemplateId(),
          title: body.title,
          description: body.description,
        }),
      )
      const template = templateSchema.parse(draft)
      const now = new Date().toISOString()
      await store.createTemplate({
        id: template.id,
        data: JSON.stringify(template),
        ownerKeyHash: workshop.facilitatorKeyHash,
        createdAt: now,
        updatedAt: now,
      })
      logger.info({ template: template.id, board: redact(board.id) }, 'custom template saved')
      const saved: SavedTemplate = { id: template.id, title: body.title }
      return c.json(saved, 201)
    })
    .get('/api/templates/mine', async (c) => {
      const key = c.req.query('key') ?? ''
      if (!key)
        throw apiProblem(403, 'notTemplateOwner', 'listing your templates needs the key you saved them with')
      const owned = (await store.listCustomTemplates()).filter((row) => keyMatches(key, row.ownerKeyHash))
      const body: OwnedTemplate[] = owned.map((row) => ({
        template: templateSchema.parse(JSON.parse(row.data)),
        updatedAt: row.updatedAt,
      }))
      return c.json(body)
    })
    .put('/api/templates/:id', templateBody, async (c) => {
      if (findBuiltInTemplate(c.req.param('id')))
        throw apiProblem(403, 'builtInTemplate', 'built-in templates cannot be changed')
      const row = await ownTemplate(c, store)
      const template = await parseJsonBody(c, templateSchema)
      if (template.id !== row.id) throw apiProblem(400, 'templateIdChanged', 'id: must stay the same')
      await store.updateTemplate(row.id, JSON.stringify(template))
      return c.json(template)
    })
    .delete('/api/templates/:id', async (c) => {
      const row = await ownTemplate(c, store)
      await store.deleteTemplate(row.id)
      return c.body(null, 204)
    })
}
