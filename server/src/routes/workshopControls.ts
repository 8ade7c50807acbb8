import { Hono } from 'hono'

import {
  Y_WORKSHOP_FROZEN_KEY,
  Y_WORKSHOP_STEP_KEY,
  freezeBodySchema,
  sendMessageBodySchema,
  timerActionBodySchema,
} from '@bordduk/shared'
import type { WorkshopMessage, WorkshopTimer } from '@bordduk/shared'

import type { RouteDeps } from '../AppDeps.ts'
import { apiProblem } from '../http/apiProblem.ts'
import { jsonBody } from '../http/jsonBody.ts'
import { broadcastToGroups } from '../workshops/broadcastToGroups.ts'
import { WORKSHOP_VERSION_NAMES } from '../workshops/workshopNames.ts'
import { nextTimer } from '../workshops/nextTimer.ts'
import { readWorkshopTimer } from '../workshops/readWorkshopTimer.ts'
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
      const current = await readWorkshopTimer(boards, rooms)
      const timer: WorkshopTimer = nextTimer(current ?? undefined, action, Date.now())
      await broadcastToGroups(boards, rooms, (map) => map.set('timer', timer))
      return c.json(timer)
    })
    .post('/api/workshops/:id/message', jsonBody(), async (c) => {
      const { workshop } = await authorizeWorkshop(c, store)
      const { text } = await parseJsonBody(c, sendMessageBodySchema)
      const message: WorkshopMessage = { text, sentAt: Date.now() }
      // Kept for the dashboard's list of what was said; an empty text only clears the boards.
      if (text) await store.addWorkshopMessage(workshop.id, message)
      await broadcastToGroups(await store.workshopBoards(workshop.id), rooms, (map) =>
        map.set('message', message),
      )
      return c.json(message)
    })
    .post('/api/workshops/:id/freeze', jsonBody(), async (c) => {
      // Participants become viewers of a frozen board (BoardRoom drops their updates).
      const { workshop } = await authorizeWorkshop(c, store)
      const { frozen, boardId } = await parseJsonBody(c, freezeBodySchema)
      const all = await store.workshopBoards(workshop.id)
      const boards = boardId === undefined ? all : all.filter((board) => board.id === boardId)
      if (boards.length === 0) throw apiProblem(404, 'unknownBoard', 'no such group in this workshop')
      await broadcastToGroups(boards, rooms, (map) =>
        frozen ? map.set(Y_WORKSHOP_FROZEN_KEY, true) : map.delete(Y_WORKSHOP_FROZEN_KEY),
      )
      return c.json({ frozen, boards: boards.length })
    })
    .post('/api/workshops/:id/end', async (c) => {
      // Ending a workshop freezes every group's board and keeps it as it stands, as a named version.
      const { workshop } = await authorizeWorkshop(c, store)
      const boards = await store.workshopBoards(workshop.id)
      await broadcastToGroups(boards, rooms, (map) => map.set(Y_WORKSHOP_FROZEN_KEY, true))
      const name = WORKSHOP_VERSION_NAMES[workshop.locale].end
      for (const board of boards) {
        const state = await rooms.withRoom(board.id, (room) => room.encodeState())
        await store.saveVersion(board.id, name, state)
      }
      // The timer and the agenda's step leave the banners: the workshop is over.
      await broadcastToGroups(boards, rooms, (map) => {
        map.delete('timer')
        map.delete(Y_WORKSHOP_STEP_KEY)
      })
      return c.json({ ended: true, versions: boards.length })
    })
}
