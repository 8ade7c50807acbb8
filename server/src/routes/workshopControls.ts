import { Hono } from 'hono'

import { sendMessageBodySchema, timerActionBodySchema, workshopTimerSchema } from '@bordduk/shared'
import type { WorkshopMessage, WorkshopTimer } from '@bordduk/shared'

import type { RouteDeps } from '../AppDeps.ts'
import { jsonBody } from '../http/jsonBody.ts'
import { broadcastToGroups } from '../workshops/broadcastToGroups.ts'
import { WORKSHOP_VERSION_NAMES } from '../workshops/workshopNames.ts'
import { nextTimer } from '../workshops/nextTimer.ts'
import { authorizeWorkshop } from './authorizeWorkshop.ts'
import { parseJsonBody } from './parseJsonBody.ts'

/**
 * `POST /api/workshops/:id/timer` `{action: start|pause|reset, durationMs?}` and
 * `POST /api/workshops/:id/message` `{text}`: the facilitator's controls, shown on every group board.
 */
export function workshopControlsRoute({ store, rooms }: RouteDeps) {
  return new Hono()
    .post('/api/workshops/:id/timer', jsonBody(), async (c) => {
      const { workshop } = await authorizeWorkshop(c, store)
      const action = await parseJsonBody(c, timerActionBodySchema)
      const boards = await store.workshopBoards(workshop.id)
      // Every group holds the same timer; read it from the first.
      const stored = boards[0] && (await rooms.withRoom(boards[0].id, (room) => room.workshopValue('timer')))
      const current = workshopTimerSchema.safeParse(stored)
      const timer: WorkshopTimer = nextTimer(current.success ? current.data : undefined, action, Date.now())
      await broadcastToGroups(boards, rooms, (map) => map.set('timer', timer))
      return c.json(timer)
    })
    .post('/api/workshops/:id/message', jsonBody(), async (c) => {
      const { workshop } = await authorizeWorkshop(c, store)
      const { text } = await parseJsonBody(c, sendMessageBodySchema)
      const message: WorkshopMessage = { text, sentAt: Date.now() }
      await broadcastToGroups(await store.workshopBoards(workshop.id), rooms, (map) =>
        map.set('message', message),
      )
      return c.json(message)
    })
    .post('/api/workshops/:id/end', async (c) => {
      // Ending a workshop keeps each group's board as it stands, as a named version.
      const { workshop } = await authorizeWorkshop(c, store)
      const boards = await store.workshopBoards(workshop.id)
      const name = WORKSHOP_VERSION_NAMES[workshop.locale].end
      for (const board of boards) {
        const state = await rooms.withRoom(board.id, (room) => room.encodeState())
        await store.saveVersion(board.id, name, state)
      }
      await broadcastToGroups(boards, rooms, (map) => map.delete('timer'))
      return c.json({ ended: true, versions: boards.length })
    })
}
