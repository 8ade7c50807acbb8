import { afterEach, describe, expect, it } from 'vitest'

import { CLOSE_CODES, Y_WORKSHOP_LOCALE_KEY, Y_WORKSHOP_MAP, workshopSchema } from '@bordduk/shared'
import type { BoardMeta, Workshop } from '@bordduk/shared'

import { boardRecords } from '../boards/boardDocument.ts'
import type { StoredRecord } from '../boards/boardDocument.ts'
import type { RunningServer } from '../startServer.ts'
import { sampleNote } from '@bordduk/shared/testing'

import { waitUntil } from '../testing/boardFixtures.ts'
import { testServers } from '../testing/testServer.ts'

const harness = testServers()
afterEach(() => harness.cleanup())

async function createWorkshop(server: RunningServer, groups = 3): Promise<Workshop> {
  const response = await fetch(`${server.url}/api/workshops`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ templateId: 'lup-oppstart', groups }),
  })
  expect(response.status).toBe(201)
  return workshopSchema.parse(await response.json())
}

const keyOf = (url: string) => new URL(url).searchParams.get('key')!
const SECTION = 'shape:tpl-oppstart-tid'
const sectionX = (doc: Parameters<typeof boardRecords>[0]) =>
  (boardRecords(doc).get(SECTION) as unknown as { x: number }).x

describe('workshops', () => {
  it('makes one board per group, shows the same links again to the facilitator key only', async () => {
    const server = await harness.start(harness.tempDir())
    const workshop = await createWorkshop(server, 3)
    expect(workshop.groups.map((g) => g.name)).toEqual(['Gruppe 1', 'Gruppe 2', 'Gruppe 3'])
    const again = (await (
      await fetch(`${server.url}/api/workshops/${workshop.id}?key=${workshop.facilitatorKey}`)
    ).json()) as Workshop
    expect(again.groups.map((g) => [g.editUrl, g.viewUrl])).toEqual(
      workshop.groups.map((g) => [g.editUrl, g.viewUrl]),
    )
    expect(
      (await fetch(`${server.url}/api/workshops/${workshop.id}?key=${keyOf(workshop.groups[0]!.editUrl)}`))
        .status,
    ).toBe(403)
    expect((await fetch(`${server.url}/api/workshops/nope-nope-nope-nope?key=x`)).status).toBe(404)

    const meta = async (key: string) =>
      (
        (await (
          await fetch(`${server.url}/api/boards/${workshop.groups[1]!.boardId}?key=${key}`)
        ).json()) as BoardMeta
      ).role
    expect(await meta(workshop.facilitatorKey)).toBe('facilitator')
    expect(await meta(keyOf(workshop.groups[1]!.editUrl))).toBe('edit')
    expect(await meta(keyOf(workshop.groups[1]!.viewUrl))).toBe('view')
    // A group's key opens only its own board.
    const other = await fetch(
      `${server.url}/api/boards/${workshop.groups[0]!.boardId}?key=${keyOf(workshop.groups[1]!.editUrl)}`,
    )
    expect(other.status).toBe(403)
  })

  it('refuses 0 or 31 groups and unknown templates with the reason', async () => {
    const server = await harness.start(harness.tempDir())
    for (const body of [
      { templateId: 'lup-oppstart', groups: 0 },
      { templateId: 'lup-oppstart', groups: 31 },
      { templateId: 'x', groups: 2 },
    ]) {
      const response = await fetch(`${server.url}/api/workshops`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      })
      expect(response.status).toBe(400)
      expect(((await response.json()) as { error: string }).error).toMatch(/groups|templateId/)
    }
  })

  it('refuses a participant’s update that moves or deletes the template layer: nobody gets it, nothing is stored', async () => {
    const server = await harness.start(harness.tempDir())
    const workshop = await createWorkshop(server, 1)
    const group = workshop.groups[0]!
    const a = await harness.joinRoom(server, group.boardId, keyOf(group.editUrl))
    const b = await harness.joinRoom(server, group.boardId, keyOf(group.editUrl))
    await a.roundTrip()
    await b.roundTrip()
    const original = sectionX(a.doc)

    a.edit((doc) => {
      const section = boardRecords(doc).get(SECTION) as StoredRecord
      boardRecords(doc).set(SECTION, { ...section, x: original + 500 })
      boardRecords(doc).delete('shape:tpl-oppstart-penger')
    })
    const closed = await a.closed
    expect(closed.code).toBe(CLOSE_CODES.updateRefused.code)
    expect(closed.reason).toMatch(/^update refused: may not change the printed layer/)
    const server_ = await b.roundTrip()
    expect(sectionX(server_)).toBe(original)
    expect(sectionX(b.doc)).toBe(original)
    expect(boardRecords(server_).has('shape:tpl-oppstart-penger')).toBe(true)
  })

  it('lets the facilitator change the template layer', async () => {
    const server = await harness.start(harness.tempDir())
    const workshop = await createWorkshop(server, 1)
    const facilitator = await harness.joinRoom(server, workshop.groups[0]!.boardId, workshop.facilitatorKey)
    await facilitator.roundTrip()
    facilitator.edit((doc) => {
      const section = boardRecords(doc).get(SECTION) as StoredRecord
      boardRecords(doc).set(SECTION, { ...section, x: 7 })
    })
    expect(sectionX(await facilitator.roundTrip())).toBe(7)
  })

  it('rotating a group’s keys closes sockets on the old links and makes new links that work', async () => {
    const server = await harness.start(harness.tempDir())
    const workshop = await createWorkshop(server, 2)
    const group = workshop.groups[1]!
    const old = await harness.joinRoom(server, group.boardId, keyOf(group.editUrl))
    const facilitator = await harness.joinRoom(server, group.boardId, workshop.facilitatorKey)
    const response = await fetch(
      `${server.url}/api/workshops/${workshop.id}/groups/${group.boardId}/rotate-keys?key=${workshop.facilitatorKey}`,
      { method: 'POST' },
    )
    expect(response.status).toBe(200)
    const rotated = ((await response.json()) as Workshop).groups[1]!
    expect(rotated.editUrl).not.toBe(group.editUrl)
    expect(await old.closed).toEqual(CLOSE_CODES.keyRotated)
    expect(
      (await fetch(`${server.url}/api/boards/${group.boardId}?key=${keyOf(group.editUrl)}`)).status,
    ).toBe(403)
    expect(
      (await fetch(`${server.url}/api/boards/${group.boardId}?key=${keyOf(rotated.editUrl)}`)).status,
    ).toBe(200)
    // The facilitator's own socket stays; the other group's links are untouched.
    await facilitator.roundTrip()
    expect((await fetch(workshop.groups[0]!.editUrl.replace('/b/', '/api/boards/'))).status).toBe(200)
  })
})

describe('workshop controls', () => {
  it('puts the timer and a message on every group board, live, and participants cannot change them', async () => {
    const server = await harness.start(harness.tempDir())
    const workshop = await createWorkshop(server, 2)
    const groups = await Promise.all(
      workshop.groups.map(async (g) => {
        const client = await harness.joinRoom(server, g.boardId, keyOf(g.editUrl))
        await client.roundTrip()
        return client
      }),
    )
    const post = (path: string, body: object, key = workshop.facilitatorKey) =>
      fetch(`${server.url}/api/workshops/${workshop.id}/${path}?key=${key}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      })

    expect(
      (await post('timer', { action: 'start', durationMs: 300_000 }, keyOf(workshop.groups[0]!.editUrl)))
        .status,
    ).toBe(403)
    expect((await post('timer', { action: 'explode' })).status).toBe(400)
    expect((await post('timer', { action: 'start', durationMs: 300_000 })).status).toBe(200)
    expect(
      (await post('message', { text: 'Fem minutter igjen – skriv behov, ikke løsninger!' })).status,
    ).toBe(200)

    for (const client of groups) {
      await waitUntil(() => client.doc.getMap(Y_WORKSHOP_MAP).has('message'), 'the message arrives')
      expect(client.doc.getMap(Y_WORKSHOP_MAP).get('timer')).toMatchObject({
        durationMs: 300_000,
        remainingMs: 300_000,
      })
      expect(client.doc.getMap(Y_WORKSHOP_MAP).get('message')).toMatchObject({
        text: 'Fem minutter igjen – skriv behov, ikke løsninger!',
      })
    }
    const [first] = groups
    first!.edit((doc) => doc.getMap(Y_WORKSHOP_MAP).set('message', { text: 'hacked', sentAt: 0 }))
    expect(await first!.closed).toMatchObject({ code: CLOSE_CODES.updateRefused.code })
    const fresh = await harness.joinRoom(
      server,
      workshop.groups[0]!.boardId,
      keyOf(workshop.groups[0]!.editUrl),
    )
    const onServer = await fresh.roundTrip()
    expect(onServer.getMap(Y_WORKSHOP_MAP).get('message')).toMatchObject({
      text: 'Fem minutter igjen – skriv behov, ikke løsninger!',
    })
  })
})

describe('board language in a workshop', () => {
  it("refuses a raw write of the board's language to the map, from a participant and from the facilitator", async () => {
    const server = await harness.start(harness.tempDir())
    const workshop = await createWorkshop(server, 1)
    const group = workshop.groups[0]!
    for (const key of [keyOf(group.editUrl), workshop.facilitatorKey]) {
      const client = await harness.joinRoom(server, group.boardId, key)
      await client.roundTrip()
      client.edit((doc) => doc.getMap(Y_WORKSHOP_MAP).set(Y_WORKSHOP_LOCALE_KEY, 'en'))
      expect(await client.closed).toMatchObject({ code: CLOSE_CODES.updateRefused.code })
    }
    const fresh = await harness.joinRoom(server, group.boardId, keyOf(group.viewUrl))
    expect((await fresh.roundTrip()).getMap(Y_WORKSHOP_MAP).has(Y_WORKSHOP_LOCALE_KEY)).toBe(false)
  })
})

describe('version history', () => {
  it('keeps a start version, saves named ones, and restores as an update every peer receives', async () => {
    const server = await harness.start(harness.tempDir())
    const workshop = await createWorkshop(server, 1)
    const group = workshop.groups[0]!
    const key = keyOf(group.editUrl)
    const api = (path: string, init?: RequestInit) =>
      fetch(`${server.url}/api/boards/${group.boardId}/versions${path}?key=${key}`, init)
    const a = await harness.joinRoom(server, group.boardId, key)
    const b = await harness.joinRoom(server, group.boardId, key)
    await a.roundTrip()
    await b.roundTrip()

    const note = (id: string) => sampleNote(id, 0, 0) as unknown as StoredRecord
    a.edit((doc) => boardRecords(doc).set('shape:first', note('shape:first')))
    await b.roundTrip()
    const saved = await api('', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: 'Etter runde 1' }),
    })
    expect(saved.status).toBe(201)
    const { id } = (await saved.json()) as { id: number }
    a.edit((doc) => {
      boardRecords(doc).set('shape:second', note('shape:second'))
      boardRecords(doc).delete('shape:first')
    })
    await b.roundTrip()

    const versions = (await (await api('')).json()) as { name: string }[]
    expect(versions.map((v) => v.name)).toEqual(['Etter runde 1', 'Workshop start'])
    expect((await api(`/${id}/restore`, { method: 'POST' })).status).toBe(200)
    await waitUntil(
      () => boardRecords(b.doc).has('shape:first') && !boardRecords(b.doc).has('shape:second'),
      'the other peer sees the restored board',
    )
    expect(boardRecords(a.doc).has('shape:first')).toBe(true) // the one who edited is not thrown out
    expect((await api('/999/restore', { method: 'POST' })).status).toBe(404)
    const viewOnly = await fetch(
      `${server.url}/api/boards/${group.boardId}/versions?key=${keyOf(group.viewUrl)}`,
    )
    expect(viewOnly.status).toBe(403)
  })

  it('saves an end version of every group when the facilitator ends the workshop', async () => {
    const server = await harness.start(harness.tempDir())
    const workshop = await createWorkshop(server, 2)
    const end = await fetch(`${server.url}/api/workshops/${workshop.id}/end?key=${workshop.facilitatorKey}`, {
      method: 'POST',
    })
    expect(end.status).toBe(200)
    for (const group of workshop.groups) {
      const list = await fetch(
        `${server.url}/api/boards/${group.boardId}/versions?key=${workshop.facilitatorKey}`,
      )
      expect(((await list.json()) as { name: string }[]).map((v) => v.name)).toEqual([
        'Workshop slutt',
        'Workshop start',
      ])
    }
  })
})

describe('custom templates', () => {
  it('saves a facilitator’s adjusted board as a template, lists it, makes boards from it, and lets only them change or delete it', async () => {
    const server = await harness.start(harness.tempDir())
    const workshop = await createWorkshop(server, 1)
    const group = workshop.groups[0]!
    const facilitator = await harness.joinRoom(server, group.boardId, workshop.facilitatorKey)
    await facilitator.roundTrip()
    facilitator.edit((doc) => {
      const section = boardRecords(doc).get(SECTION) as StoredRecord & { props: object }
      boardRecords(doc).set(SECTION, { ...section, props: { ...section.props, title: 'Tid og frister' } })
    })
    await facilitator.roundTrip()

    const save = (key: string, body: object) =>
      fetch(`${server.url}/api/templates?key=${key}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      })
    const body = { boardId: group.boardId, title: 'Vår oppstart', description: 'Med frister', locale: 'nb' }
    expect((await save(keyOf(group.editUrl), body)).status).toBe(403)
    const saved = await save(workshop.facilitatorKey, body)
    expect(saved.status).toBe(201)
    const { id } = (await saved.json()) as { id: string }

    const list = (await (await fetch(`${server.url}/api/templates`)).json()) as {
      id: string
      custom: boolean
      sheets: { sections: { title: string }[] }[]
    }[]
    const mine = list.find((t) => t.id === id)!
    expect(mine.custom).toBe(true)
    expect(mine.sheets[0]!.sections.map((s) => s.title)).toContain('Tid og frister')
    expect((await fetch(`${server.url}/api/templates/${id}/preview.svg`)).status).toBe(200)
    const board = await fetch(`${server.url}/api/boards`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ templateId: id }),
    })
    expect(board.status).toBe(201)

    const put = (key: string, text: string) =>
      fetch(`${server.url}/api/templates/${id}?key=${key}`, {
        method: 'PUT',
        headers: { 'Content-Type': 'application/json' },
        body: text,
      })
    const template = (await (await put(workshop.facilitatorKey, JSON.stringify({}))).json()) as {
      error: string
    }
    expect(template.error).toMatch(/id|title|sheets/)
    expect((await put(workshop.facilitatorKey, 'x'.repeat(300 * 1024))).status).toBe(400)
    expect((await put(keyOf(group.editUrl), '{}')).status).toBe(403)

    // The owner lists it whole and renames it with the listed JSON; other keys see none of it.
    const mineFor = async (key: string) =>
      (await (await fetch(`${server.url}/api/templates/mine?key=${key}`)).json()) as {
        template: { id: string; title: { nb: string; en: string } }
      }[]
    const owned = await mineFor(workshop.facilitatorKey)
    expect(owned.map((o) => o.template.id)).toEqual([id])
    expect(await mineFor(keyOf(group.editUrl))).toEqual([])
    expect((await fetch(`${server.url}/api/templates/mine`)).status).toBe(403)
    const renamed = {
      ...owned[0]!.template,
      title: { nb: 'Oppstart med frister', en: 'Oppstart med frister' },
    }
    expect((await put(workshop.facilitatorKey, JSON.stringify(renamed))).status).toBe(200)
    expect((await mineFor(workshop.facilitatorKey))[0]!.template.title.nb).toBe('Oppstart med frister')

    const del = (key: string) => fetch(`${server.url}/api/templates/${id}?key=${key}`, { method: 'DELETE' })
    expect((await del(keyOf(group.editUrl))).status).toBe(403)
    expect((await del(workshop.facilitatorKey)).status).toBe(204)
    const after = (await (await fetch(`${server.url}/api/templates`)).json()) as { id: string }[]
    expect(after.map((t) => t.id)).not.toContain(id)
    expect((await fetch(`${server.url}/api/templates/lup-oppstart?key=x`, { method: 'DELETE' })).status).toBe(
      404,
    )
  })
})
