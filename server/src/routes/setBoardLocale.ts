import { Hono } from 'hono'
import { HTTPException } from 'hono/http-exception'
import { setBoardLocaleBodySchema } from '@bordduk/shared'

import type { RouteDeps } from '../AppDeps.ts'
import { relocalizeBoard } from '../boards/relocalizeBoard.ts'
import { jsonBody } from '../http/jsonBody.ts'
import { redact } from '../logger.ts'
import { authorizeBoard } from './authorizeBoard.ts'
import { parseJsonBody } from './parseJsonBody.ts'

/**
 * `PUT /api/boards/:id/locale?key=` `{locale}`: switches the language the board's printed
 * layer is written in, live for everyone on it. Needs the edit key.
 */
export function setBoardLocaleRoute({ store, rooms, logger, templates }: RouteDeps) {
  return new Hono().put('/api/boards/:id/locale', jsonBody(), async (c) => {
    const { board, role } = await authorizeBoard(c, store)
    if (role === 'view') throw new HTTPException(403, { message: 'changing the language needs the edit key' })
    const { locale } = await parseJsonBody(c, setBoardLocaleBodySchema)
    const template = await templates.find(board.templateId)
    // Stored before we answer, not only sent: change() resolves once it is written.
    const changed = await rooms.withRoom(board.id, (room) =>
      room.change(({ records }) => (template ? relocalizeBoard(records, template, locale) : 0)),
    )
    await store.setBoardLocale(board.id, locale)
    logger.info({ board: redact(board.id), locale, changed }, 'board language changed')
    return c.json({ locale })
  })
}
