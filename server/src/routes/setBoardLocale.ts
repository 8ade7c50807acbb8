import { Hono } from 'hono'
import type { HTTPException } from 'hono/http-exception'
import { Y_WORKSHOP_LOCALE_KEY, setBoardLocaleBodySchema } from '@bordduk/shared'
import type { BoardRole } from '@bordduk/shared'
import { templateLocales } from '@bordduk/templates'

import type { RouteDeps } from '../AppDeps.ts'
import { relocalizeBoard } from '../boards/relocalizeBoard.ts'
import type { BoardRow } from '../storage/Store.ts'
import { jsonBody } from '../http/jsonBody.ts'
import { redact } from '../logger.ts'
import { authorizeBoard } from './authorizeBoard.ts'
import { parseJsonBody } from './parseJsonBody.ts'
import { apiProblem } from '../http/apiProblem.ts'

/** Who may switch the printed layer's language: in a workshop its facilitator, elsewhere any editor. */
function refusal(board: BoardRow, role: BoardRole): HTTPException | undefined {
  if (role === 'view') return apiProblem(403, 'needsEditKey', 'changing the language needs the edit key')
  if (board.workshopId && role !== 'facilitator') {
    return apiProblem(
      403,
      'facilitatorOnly',
      "on a workshop's group board only the facilitator may change the board's language",
    )
  }
  return undefined
}

/**
 * `PUT /api/boards/:id/locale?key=` `{locale}`: switches the language the board's printed
 * layer is written in, live for everyone on it. The new language goes into the board's
 * workshop map in the same change, so every open browser's control follows.
 */
export function setBoardLocaleRoute({ store, rooms, logger, templates }: RouteDeps) {
  return new Hono().put('/api/boards/:id/locale', jsonBody(), async (c) => {
    const { board, role } = await authorizeBoard(c, store)
    const refused = refusal(board, role)
    if (refused) throw refused
    const { locale } = await parseJsonBody(c, setBoardLocaleBodySchema)
    const template = await templates.find(board.templateId)
    // A half-translated layer would mix languages in print: only the template's own languages.
    if (template && !templateLocales(template).includes(locale))
      throw apiProblem(400, 'localeNotInTemplate', `locale: the template has no texts in "${locale}"`)
    // Stored before we answer, not only sent: change() resolves once it is written.
    const changed = await rooms.withRoom(board.id, (room) =>
      room.change(({ records, workshop }) => {
        workshop.set(Y_WORKSHOP_LOCALE_KEY, locale)
        return template ? relocalizeBoard(records, template, locale) : 0
      }),
    )
    await store.setBoardLocale(board.id, locale)
    logger.info({ board: redact(board.id), locale, changed }, 'board language changed')
    return c.json({ locale })
  })
}
