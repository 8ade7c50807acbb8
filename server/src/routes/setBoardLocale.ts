import { Hono } from 'hono'
import { HTTPException } from 'hono/http-exception'
import { setBoardLocaleBodySchema } from '@bordduk/shared'

import type { RouteDeps } from '../AppDeps.ts'
import { relocalizeBoard } from '../boards/relocalizeBoard.ts'
import { redact } from '../logger.ts'
import { SERVER_ORIGIN } from '../rooms/serverOrigin.ts'
import { authorizeBoard } from './authorizeBoard.ts'
import { parseJsonBody } from './parseJsonBody.ts'

/**
 * `PUT /api/boards/:id/locale?key=` `{locale}`: switches the language the board's printed
 * layer is written in, live for everyone on it. Needs the edit key.
 */
export function setBoardLocaleRoute({ store, rooms, logger, templates }: RouteDeps) {
  return new Hono().put('/api/boards/:id/locale', async (c) => {
    const { board, role } = await authorizeBoard(c, store)
    if (role === 'view') throw new HTTPException(403, { message: 'changing the language needs the edit key' })
    const { locale } = await parseJsonBody(c, setBoardLocaleBodySchema)
    const template = await templates.find(board.templateId)
    const room = await rooms.acquire(board.id)
    try {
      const changed = template ? relocalizeBoard(room.doc, template, locale, SERVER_ORIGIN) : 0
      await store.setBoardLocale(board.id, locale)
      await room.persistence.flush() // stored before we answer, not only sent
      logger.info({ board: redact(board.id), locale, changed }, 'board language changed')
    } finally {
      rooms.releaseIfIdle(room)
    }
    return c.json({ locale })
  })
}
