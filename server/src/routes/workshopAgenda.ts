import { Hono } from 'hono'
import type { Context } from 'hono'

import { Y_WORKSHOP_STEP_KEY, agendaStepActionSchema, putAgendaBodySchema } from '@bordduk/shared'
import type { AgendaStepAction, WorkshopAgenda, WorkshopTimer } from '@bordduk/shared'

import type { RouteDeps } from '../AppDeps.ts'
import { apiProblem } from '../http/apiProblem.ts'
import { jsonBody } from '../http/jsonBody.ts'
import type { WorkshopRow } from '../storage/Store.ts'
import { broadcastToGroups } from '../workshops/broadcastToGroups.ts'
import { nextTimer } from '../workshops/nextTimer.ts'
import { readWorkshopTimer } from '../workshops/readWorkshopTimer.ts'
import {
  AGENDA_STATE,
  agendaFromTemplate,
  agendaSections,
  boardStep,
  serializePerKey,
  storedAgendaSchema,
} from '../workshops/workshopAgenda.ts'
import type { StoredAgenda } from '../workshops/workshopAgenda.ts'
import { authorizeWorkshop } from './authorizeWorkshop.ts'
import { parseJsonBody } from './parseJsonBody.ts'

/** Thirty steps that each point at many sections are more than the default body allows. */
const MAX_AGENDA_BODY_BYTES = 64 * 1024

/**
 * The facilitator's agenda for a workshop: `GET`/`PUT /api/workshops/:id/agenda` (the steps,
 * copied from the template's suggestion when first read) and `POST …/agenda/step`
 * `{action: next|back|goto}`, which puts the step on every group board (their views move to its
 * sections, the banner shows its instruction) and starts the workshop timer with its minutes.
 */
export function workshopAgendaRoute({ store, rooms, templates }: RouteDeps) {
  const oneAtATime = serializePerKey()

  async function load(workshop: WorkshopRow): Promise<StoredAgenda> {
    const stored = await store.getPrivateState(workshop.id, AGENDA_STATE)
    const parsed = stored === undefined ? undefined : storedAgendaSchema.safeParse(JSON.parse(stored))
    if (parsed?.success) return parsed.data
    // First read: the workshop gets its own copy, so a later change to the template leaves it be.
    const copy = agendaFromTemplate(await templates.find(workshop.templateId), workshop.locale)
    await store.setPrivateState(workshop.id, AGENDA_STATE, JSON.stringify(copy))
    return copy
  }

  async function describe(
    workshop: WorkshopRow,
    agenda: StoredAgenda,
    timer?: WorkshopTimer | null,
  ): Promise<WorkshopAgenda> {
    const boards = await store.workshopBoards(workshop.id)
    const template = await templates.find(workshop.templateId)
    const sections = await agendaSections(template, workshop.locale, async () =>
      boards[0] ? rooms.withRoom(boards[0].id, (room) => room.readRecords()) : [],
    )
    const answer: WorkshopAgenda = {
      steps: agenda.steps,
      current: agenda.current,
      sections,
      timer: timer === undefined ? await readWorkshopTimer(boards, rooms) : timer,
    }
    return answer
  }

  /** Writes the current step (or its absence) to every group board. */
  async function publish(workshop: WorkshopRow, agenda: StoredAgenda): Promise<void> {
    const boards = await store.workshopBoards(workshop.id)
    const step = agenda.current === null ? null : boardStep(agenda, agenda.current, agenda.at ?? Date.now())
    await broadcastToGroups(boards, rooms, (map) =>
      step ? map.set(Y_WORKSHOP_STEP_KEY, step) : map.delete(Y_WORKSHOP_STEP_KEY),
    )
  }

  const withWorkshop = async (c: Context) => (await authorizeWorkshop(c, store)).workshop

  return new Hono()
    .get('/api/workshops/:id/agenda', async (c) => {
      const workshop = await withWorkshop(c)
      const agenda = await oneAtATime(workshop.id, () => load(workshop))
      return c.json(await describe(workshop, agenda))
    })
    .put('/api/workshops/:id/agenda', jsonBody({ maxBytes: MAX_AGENDA_BODY_BYTES }), async (c) => {
      const workshop = await withWorkshop(c)
      const { steps } = await parseJsonBody(c, putAgendaBodySchema)
      const known = new Set(
        (
          await agendaSections(await templates.find(workshop.templateId), workshop.locale, async () => {
            const [first] = await store.workshopBoards(workshop.id)
            return first ? rooms.withRoom(first.id, (room) => room.readRecords()) : []
          })
        ).map((section) => section.id),
      )
      for (const step of steps) {
        const unknown = step.sectionIds.find((id) => !known.has(id))
        if (unknown !== undefined) {
          throw apiProblem(
            400,
            'unknownSection',
            `step "${step.id}": no section "${unknown}" in this workshop`,
          )
        }
      }
      const agenda = await oneAtATime(workshop.id, async () => {
        const before = await load(workshop)
        // The groups stay on the step they are on; its new words reach their banners at once.
        const current =
          before.current === null || steps.length === 0 ? null : Math.min(before.current, steps.length - 1)
        const next: StoredAgenda = { steps, current, at: current === null ? null : before.at }
        await store.setPrivateState(workshop.id, AGENDA_STATE, JSON.stringify(next))
        if (before.current !== null) await publish(workshop, next)
        return next
      })
      return c.json(await describe(workshop, agenda))
    })
    .post('/api/workshops/:id/agenda/step', jsonBody(), async (c) => {
      const workshop = await withWorkshop(c)
      const action = await parseJsonBody(c, agendaStepActionSchema)
      const result = await oneAtATime(workshop.id, async () => {
        const before = await load(workshop)
        const index = targetIndex(before, action)
        if (index === null || index >= before.steps.length) {
          throw apiProblem(409, 'noSuchAgendaStep', 'the agenda has no step there')
        }
        const now = Date.now()
        const agenda: StoredAgenda = { ...before, current: index, at: now }
        await store.setPrivateState(workshop.id, AGENDA_STATE, JSON.stringify(agenda))
        // The same timer the timer controls write, started afresh with the step's minutes.
        const boards = await store.workshopBoards(workshop.id)
        const timer = nextTimer(
          (await readWorkshopTimer(boards, rooms)) ?? undefined,
          { action: 'start', durationMs: agenda.steps[index]!.minutes * 60_000 },
          now,
        )
        const step = boardStep(agenda, index, now)
        await broadcastToGroups(boards, rooms, (map) => {
          map.set(Y_WORKSHOP_STEP_KEY, step)
          map.set('timer', timer)
        })
        return { agenda, timer }
      })
      return c.json(await describe(workshop, result.agenda, result.timer))
    })
}

/** The step an action leads to, or null where there is none (back from the first step). */
function targetIndex(agenda: StoredAgenda, action: AgendaStepAction): number | null {
  switch (action.action) {
    case 'next':
      return agenda.current === null ? 0 : agenda.current + 1
    case 'back':
      return agenda.current === null || agenda.current === 0 ? null : agenda.current - 1
    case 'goto':
      return action.index
  }
}
