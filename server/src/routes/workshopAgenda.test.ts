import { afterEach, describe, expect, it } from 'vitest'

import {
  MAX_AGENDA_STEPS,
  Y_WORKSHOP_MAP,
  Y_WORKSHOP_STEP_KEY,
  boardAgendaStepSchema,
  workshopAgendaSchema,
  workshopSchema,
  workshopTimerSchema,
} from '@bordduk/shared'
import type { AgendaStep, Workshop, WorkshopAgenda } from '@bordduk/shared'
import { findBuiltInTemplate } from '@bordduk/templates'

import type { RunningServer } from '../startServer.ts'
import { SqliteStore } from '../storage/SqliteStore.ts'
import { ControllableStore } from '../testing/ControllableStore.ts'
import { waitUntil } from '../testing/boardFixtures.ts'
import { testServers } from '../testing/testServer.ts'

const harness = testServers()
afterEach(() => harness.cleanup())

const keyOf = (url: string) => new URL(url).searchParams.get('key')!

async function createWorkshop(server: RunningServer, locale = 'nb'): Promise<Workshop> {
  const response = await fetch(`${server.url}/api/workshops`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ templateId: 'lup-behovskartlegging', groups: 2, locale }),
  })
  expect(response.status).toBe(201)
  return workshopSchema.parse(await response.json())
}

function agendaApi(server: RunningServer, workshop: Workshop) {
  const url = (path = '', key = workshop.facilitatorKey) =>
    `${server.url}/api/workshops/${workshop.id}/agenda${path}?key=${key}`
  const send = (method: string, path: string, body: unknown, key?: string) =>
    fetch(url(path, key), {
      method,
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    })
  return {
    get: (key?: string) => fetch(url('', key)),
    put: (steps: unknown, key?: string) => send('PUT', '', { steps }, key),
    step: (body: unknown, key?: string) => send('POST', '/step', body, key),
    read: async (response: Response | Promise<Response>): Promise<WorkshopAgenda> => {
      const r = await response
      expect(r.status, await r.clone().text()).toBe(200)
      return workshopAgendaSchema.parse(await r.json())
    },
  }
}

const step = (over: Partial<AgendaStep> = {}): AgendaStep => ({
  id: 'steg',
  title: 'Behov',
  sectionIds: ['behov-vi-har-funnet'],
  minutes: 5,
  instruction: 'Skriv behov, ikke løsninger.',
  ...over,
})

describe('workshop agenda', () => {
  it("answers the template's agenda in the workshop's language, to the facilitator key only", async () => {
    const server = await harness.start(harness.tempDir())
    const workshop = await createWorkshop(server, 'en')
    const api = agendaApi(server, workshop)
    const agenda = await api.read(api.get())
    const suggested = findBuiltInTemplate('lup-behovskartlegging')!.agenda!
    expect(agenda.steps.map((s) => s.title)).toEqual(suggested.map((s) => s.title.en))
    expect(agenda.steps[0]!.instruction).toBe(suggested[0]!.instruction.en)
    expect(agenda.current).toBeNull()
    expect(agenda.sections.map((s) => s.id)).toContain('behov-vi-har-funnet')
    expect((await api.get(keyOf(workshop.groups[0]!.editUrl))).status).toBe(403)
    expect((await api.put([step()], keyOf(workshop.groups[0]!.editUrl))).status).toBe(403)
    expect((await api.step({ action: 'next' }, keyOf(workshop.groups[0]!.editUrl))).status).toBe(403)
    expect((await fetch(`${server.url}/api/workshops/nope-nope-nope-nope/agenda?key=x`)).status).toBe(404)
  })

  it('refuses unknown sections, too many steps, bad minutes and two-line instructions; stores nothing of them', async () => {
    const server = await harness.start(harness.tempDir())
    const workshop = await createWorkshop(server)
    const api = agendaApi(server, workshop)
    const before = await api.read(api.get())

    const unknown = await api.put([step({ sectionIds: ['behov-vi-har-funnet', 'mal-og-hensikt'] })])
    expect(unknown.status).toBe(400)
    expect(await unknown.json()).toMatchObject({ code: 'unknownSection', error: /mal-og-hensikt/ })
    const tooMany = Array.from({ length: MAX_AGENDA_STEPS + 1 }, (_, i) => step({ id: `s${i}` }))
    expect((await api.put(tooMany)).status).toBe(400)
    for (const bad of [
      step({ minutes: 0 }),
      step({ minutes: 121 }),
      step({ minutes: 2.5 }),
      step({ instruction: 'én\nto' }),
      step({ instruction: 'x'.repeat(201) }),
      step({ sectionIds: [] }),
      step({ title: '' }),
    ]) {
      expect((await api.put([bad])).status, JSON.stringify(bad)).toBe(400)
    }
    expect((await api.put([step(), step()])).status).toBe(400)
    expect(await api.read(api.get())).toEqual(before)

    const saved = await api.read(
      api.put([step(), step({ id: 'to', minutes: 120, sectionIds: ['prioritering'] })]),
    )
    expect(saved.steps.map((s) => [s.id, s.minutes])).toEqual([
      ['steg', 5],
      ['to', 120],
    ])
    expect((await api.read(api.get())).steps).toEqual(saved.steps)
  })

  it('next, next, back and goto put the step and its timer on every group board; back from the first is refused', async () => {
    const server = await harness.start(harness.tempDir())
    const workshop = await createWorkshop(server)
    const api = agendaApi(server, workshop)
    const groups = await Promise.all(
      workshop.groups.map(async (g) => {
        const client = await harness.joinRoom(server, g.boardId, keyOf(g.editUrl))
        await client.roundTrip()
        return client
      }),
    )
    const onBoards = () =>
      groups.map((client) => {
        const map = client.doc.getMap(Y_WORKSHOP_MAP)
        const stepValue = map.get(Y_WORKSHOP_STEP_KEY)
        return {
          step: stepValue === undefined ? null : boardAgendaStepSchema.parse(stepValue),
          timer: map.has('timer') ? workshopTimerSchema.parse(map.get('timer')) : null,
        }
      })
    await api.read(
      api.put([
        step({ id: 'en', minutes: 3 }),
        step({ id: 'to', title: 'Prioriter', sectionIds: ['prioritering', 'behovsbeskrivelse'], minutes: 7 }),
        step({ id: 'tre', title: 'Usikkerhet', sectionIds: ['usikkerhet'], minutes: 4 }),
      ]),
    )
    expect((await api.step({ action: 'back' })).status).toBe(409)
    expect(onBoards().every((b) => b.step === null)).toBe(true)

    const expectStep = async (index: number, minutes: number, sectionIds: string[]) => {
      await waitUntil(() => onBoards().every((b) => b.step?.index === index), `step ${index} on every board`)
      const seen = onBoards()
      for (const board of seen) {
        expect(board.step).toMatchObject({ index, count: 3, minutes, sectionIds })
        expect(board.timer).toMatchObject({ durationMs: minutes * 60_000, remainingMs: minutes * 60_000 })
        expect(board.timer!.startedAt).toBe(board.step!.at)
      }
      // Every group got the same moment, so their views move together.
      expect(new Set(seen.map((b) => b.step!.at)).size).toBe(1)
      return seen[0]!.step!.at
    }

    const first = await api.read(api.step({ action: 'next' }))
    expect(first.current).toBe(0)
    expect(first.timer).toMatchObject({ durationMs: 180_000 })
    const atFirst = await expectStep(0, 3, ['behov-vi-har-funnet'])
    expect((await api.step({ action: 'back' })).status).toBe(409)

    expect((await api.read(api.step({ action: 'next' }))).current).toBe(1)
    await expectStep(1, 7, ['prioritering', 'behovsbeskrivelse'])
    expect(onBoards()[0]!.step!.title).toBe('Prioriter')

    expect((await api.read(api.step({ action: 'back' }))).current).toBe(0)
    const atBack = await expectStep(0, 3, ['behov-vi-har-funnet'])
    expect(atBack).toBeGreaterThanOrEqual(atFirst)

    expect((await api.read(api.step({ action: 'goto', index: 2 }))).current).toBe(2)
    await expectStep(2, 4, ['usikkerhet'])
    expect((await api.step({ action: 'next' })).status).toBe(409)
    expect((await api.step({ action: 'goto', index: 3 })).status).toBe(409)
    expect((await api.step({ action: 'sideways' })).status).toBe(400)

    // Editing the current step's words reaches the banners without moving anyone's view.
    const atNow = onBoards()[0]!.step!.at
    await api.read(
      api.put([
        step({ id: 'en', minutes: 3 }),
        step({ id: 'to', sectionIds: ['prioritering'] }),
        step({ id: 'tre', title: 'Tvil', sectionIds: ['usikkerhet'], minutes: 4 }),
      ]),
    )
    await waitUntil(() => onBoards().every((b) => b.step?.title === 'Tvil'), 'the new title on every board')
    expect(onBoards().every((b) => b.step!.at === atNow)).toBe(true)

    // Participants cannot write the step themselves.
    const [participant] = groups
    participant!.edit((doc) => doc.getMap(Y_WORKSHOP_MAP).set(Y_WORKSHOP_STEP_KEY, { index: 0 }))
    expect((await participant!.closed).code).toBeGreaterThanOrEqual(4000)
  })

  it('quick "next" clicks each move one step, even on a store that answers slowly', async () => {
    // A store over the network (PostgreSQL) answers later than SQLite: reads of the agenda
    // would interleave if the route did not take one change at a time.
    const store = new ControllableStore(new SqliteStore(':memory:'))
    const read = store.getPrivateState.bind(store)
    store.getPrivateState = async (ownerId, name) => {
      const value = await read(ownerId, name)
      await new Promise((resolve) => setTimeout(resolve, 20))
      return value
    }
    const server = await harness.start(harness.tempDir(), { store })
    const workshop = await createWorkshop(server)
    const api = agendaApi(server, workshop)
    await api.read(api.get())
    const answers = await Promise.all(Array.from({ length: 5 }, () => api.step({ action: 'next' })))
    const currents = await Promise.all(answers.map(async (r) => (await api.read(r)).current))
    expect(currents.sort()).toEqual([0, 1, 2, 3, 4])
  })
})
