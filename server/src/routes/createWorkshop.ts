import { Hono } from 'hono'

import { createWorkshopBodySchema, pickText } from '@bordduk/shared'
import { boardLocaleFor } from '@bordduk/templates'

import type { RouteDeps } from '../AppDeps.ts'
import { hashKey, newBoardId, newKey } from '../boards/boardSecrets.ts'
import { newBoardState } from '../boards/newBoardState.ts'
import { deriveBoardKeys } from '../boards/workshopKeys.ts'
import { jsonBody } from '../http/jsonBody.ts'
import { redact } from '../logger.ts'
import type { BoardRow, WorkshopRow } from '../storage/Store.ts'
import { describeWorkshop } from '../workshops/describeWorkshop.ts'
import { WORKSHOP_VERSION_NAMES, groupName } from '../workshops/workshopNames.ts'
import { publicOrigin } from './boardLinks.ts'
import { parseJsonBody } from './parseJsonBody.ts'
import { apiProblem } from '../http/apiProblem.ts'

/** `POST /api/workshops {templateId, groups, title?, locale?}`: a workshop with one board per group. */
export function createWorkshopRoute({ config, store, rooms, logger, templates }: RouteDeps) {
  return new Hono().post('/api/workshops', jsonBody(), async (c) => {
    const body = await parseJsonBody(c, createWorkshopBodySchema)
    const template = await templates.find(body.templateId)
    if (!template)
      throw apiProblem(400, 'unknownTemplate', `templateId: unknown template "${body.templateId}"`)
    // A language the template has no texts in gives the nearest one it has (nn→nb, sv→en).
    const locale = boardLocaleFor(template, body.locale)
    const title = body.title ?? pickText(template.title, locale)
    const facilitatorKey = newKey()
    const createdAt = new Date().toISOString()
    const workshop: WorkshopRow = {
      id: newBoardId(),
      title,
      templateId: template.id,
      locale,
      facilitatorKeyHash: hashKey(facilitatorKey),
      createdAt,
    }
    const initialState = newBoardState(template, locale)
    const boards = Array.from({ length: body.groups }, (_, groupIndex) => {
      const id = newBoardId()
      const keys = deriveBoardKeys(facilitatorKey, id, 0)
      const board: BoardRow = {
        id,
        title: `${title} – ${groupName(locale, groupIndex)}`,
        templateId: template.id,
        locale,
        editKeyHash: hashKey(keys.editKey),
        viewKeyHash: hashKey(keys.viewKey),
        facilitatorKeyHash: hashKey(keys.facilitatorKey),
        createdAt,
        workshopId: workshop.id,
        groupIndex,
        keyGeneration: 0,
      }
      return { board, initialState }
    })
    await store.createWorkshop(workshop, boards)
    for (const { board } of boards)
      await store.saveVersion(board.id, WORKSHOP_VERSION_NAMES[locale].start, initialState)
    logger.info(
      { workshop: redact(workshop.id), groups: body.groups, templateId: template.id },
      'workshop created',
    )
    const origin = publicOrigin(c, config)
    const described = await describeWorkshop(
      workshop,
      boards.map((b) => b.board),
      facilitatorKey,
      origin,
      { store, rooms },
    )
    return c.json(described, 201)
  })
}
