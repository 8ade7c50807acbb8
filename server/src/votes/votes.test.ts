import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'

import { Y_WORKSHOP_MAP } from '@bordduk/shared'
import type { Workshop } from '@bordduk/shared'
import { SECTION_SHAPE } from '@bordduk/shared/shapes'
import { sampleNote } from '@bordduk/shared/testing'

import { boardRecords } from '../boards/boardDocument.ts'
import type { StoredRecord } from '../boards/boardDocument.ts'
import type { RunningServer } from '../startServer.ts'
import { RawSyncClient, syncUrl } from '../sync/testing/rawSyncClient.ts'
import { testServers } from '../testing/testServer.ts'

const harness = testServers()
afterEach(() => harness.cleanup())
const { tempDir, start } = harness

const keyOf = (url: string) => new URL(url).searchParams.get('key')!
const json = (body: object) => ({
  method: 'POST',
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify(body),
})

interface Section {
  id: string
  x: number
  y: number
  props: { sectionId: string; w: number; h: number }
}

/** A workshop of two groups, with the facilitator's raw client on group 1 to place notes. */
async function setUp(server: RunningServer) {
  const response = await fetch(`${server.url}/api/workshops`, json({ templateId: 'lup-oppstart', groups: 2 }))
  expect(response.status).toBe(201)
  const workshop = (await response.json()) as Workshop
  return { workshop, group: workshop.groups[0]! }
}

/** The template's sections as a client's doc holds them. */
function sectionsOf(client: RawSyncClient): Section[] {
  const records = [...boardRecords(client.doc).map.values()].map((entry) => entry.val)
  return records.filter((r) => r.type === SECTION_SHAPE) as unknown as Section[]
}

/** A raw client on the board as a tab with this session secret, with a name in its presence. */
async function joinAs(server: RunningServer, boardId: string, key: string, session: string, name: string) {
  const client = harness.track(
    await RawSyncClient.join(`${syncUrl(server.url, boardId, key)}&session=${session}`),
  )
  client.setPresence({ presence: { userName: name } })
  await client.roundTrip()
  return client
}

/** A note whose centre lies in the section. */
const noteIn = (id: string, section: Section) =>
  sampleNote(id, section.x + 10, section.y + section.props.h / 2 - 50) as unknown as StoredRecord

const workshopMap = (doc: Y.Doc) => doc.getMap<unknown>(Y_WORKSHOP_MAP).toJSON()

const SESSION_A = 'sessionAAAAAAAAAAAAAAAA'
const SESSION_B = 'sessionBBBBBBBBBBBBBBBB'

describe('dot voting', () => {
  it('enforces the limit, the scope and the end; hidden counts reach no doc before the reveal', async () => {
    const dir = tempDir()
    let server = await start(dir)
    const { workshop, group } = await setUp(server)
    const editKey = keyOf(group.editUrl)
    const facilitator = await joinAs(
      server,
      group.boardId,
      keyOf(group.facilitatorUrl),
      'sessionFFFFFFFFFFFFFFFF',
      'Fasi',
    )
    const [first, second] = sectionsOf(facilitator)
    facilitator.edit((doc) => {
      boardRecords(doc).set('shape:n1', noteIn('shape:n1', first!))
      boardRecords(doc).set('shape:n2', noteIn('shape:n2', first!))
      boardRecords(doc).set('shape:out', noteIn('shape:out', second!))
    })
    await facilitator.roundTrip()

    const start_ = await fetch(
      `${server.url}/api/workshops/${workshop.id}/vote?key=${workshop.facilitatorKey}`,
      json({
        action: 'start',
        dotsPerPerson: 3,
        scope: { kind: 'sections', sectionIds: [first!.props.sectionId] },
        visibility: 'hidden',
      }),
    )
    expect(start_.status).toBe(200)
    expect(await start_.json()).toEqual({ action: 'start', boards: 2 })

    const ada = await joinAs(server, group.boardId, editKey, SESSION_A, 'Ada')
    const bo = await joinAs(server, group.boardId, editKey, SESSION_B, 'Bo')
    const cast = (session: string, noteId: string, op = 'add', key = editKey) =>
      fetch(`${server.url}/api/boards/${group.boardId}/votes?key=${key}`, json({ session, noteId, op }))

    // Three dots (two stacked on one note), all at once: the queue keeps them in order.
    const three = await Promise.all([
      cast(SESSION_A, 'shape:n1'),
      cast(SESSION_A, 'shape:n1'),
      cast(SESSION_A, 'shape:n2'),
    ])
    expect(three.map((r) => r.status)).toEqual([200, 200, 200])
    const before = Y.encodeStateVector(bo.doc)
    const fourth = await cast(SESSION_A, 'shape:n2')
    expect(fourth.status).toBe(409)
    expect(await fourth.json()).toMatchObject({ code: 'noDotsLeft' })
    // Out of scope, not a note, and from a tab that is not on the board: refused.
    expect(await (await cast(SESSION_B, 'shape:out')).json()).toMatchObject({ code: 'noteOutOfScope' })
    expect(await (await cast(SESSION_B, 'shape:nope')).json()).toMatchObject({ code: 'noSuchNote' })
    expect((await cast('sessionZZZZZZZZZZZZZZZZ', 'shape:n1')).status).toBe(409)
    expect(await (await cast('sessionZZZZZZZZZZZZZZZZ', 'shape:n1')).json()).toMatchObject({
      code: 'notVoting',
    })
    // A viewer cannot vote at all.
    expect((await cast(SESSION_B, 'shape:n1', 'add', keyOf(group.viewUrl))).status).toBe(403)

    // Nothing of it reached any peer: hidden counts and refused dots alike.
    for (const peer of [ada, bo, facilitator]) {
      await peer.roundTrip()
      expect(workshopMap(peer.doc)).not.toHaveProperty('voteCounts')
    }
    expect(Y.encodeStateVector(bo.doc)).toEqual(before)

    // A reload asks for its own dots; a dot taken back frees one.
    const mine = await fetch(
      `${server.url}/api/boards/${group.boardId}/votes?key=${editKey}&session=${SESSION_A}`,
    )
    expect(await mine.json()).toMatchObject({ myDots: ['shape:n1', 'shape:n1', 'shape:n2'], dotsLeft: 0 })
    expect(await (await cast(SESSION_A, 'shape:n2', 'remove')).json()).toMatchObject({ dotsLeft: 1 })
    expect((await cast(SESSION_A, 'shape:n2')).status).toBe(200)
    expect((await cast(SESSION_B, 'shape:n2')).status).toBe(200)

    // Progress: names and dots used, no notes.
    const progress = (await (
      await fetch(`${server.url}/api/workshops/${workshop.id}/vote?key=${workshop.facilitatorKey}`)
    ).json()) as { groups: { people: { name: string; used: number }[] }[] }
    expect(progress.groups[0]!.people).toEqual(
      expect.arrayContaining([
        { name: 'Ada', used: 3 },
        { name: 'Bo', used: 1 },
        { name: 'Fasi', used: 0 },
      ]),
    )
    expect(JSON.stringify(progress)).not.toContain('shape:n')

    // The ballots outlive a restart.
    for (const peer of [ada, bo, facilitator]) peer.terminate()
    await server.close()
    server = await start(dir)
    const ada2 = await joinAs(server, group.boardId, editKey, SESSION_A, 'Ada')
    const again = await fetch(
      `${server.url}/api/boards/${group.boardId}/votes?key=${editKey}&session=${SESSION_A}`,
    )
    expect(await again.json()).toMatchObject({ myDots: ['shape:n1', 'shape:n1', 'shape:n2'], dotsLeft: 0 })
    const stillFull = await fetch(
      `${server.url}/api/boards/${group.boardId}/votes?key=${editKey}`,
      json({ session: SESSION_A, noteId: 'shape:n1', op: 'add' }),
    )
    expect(await stillFull.json()).toMatchObject({ code: 'noDotsLeft' })

    // Ended: dots no longer count. Revealed: the counts reach every doc.
    const control = (body: object) =>
      fetch(`${server.url}/api/workshops/${workshop.id}/vote?key=${workshop.facilitatorKey}`, json(body))
    expect((await control({ action: 'end', boardId: group.boardId })).status).toBe(200)
    const late = await fetch(
      `${server.url}/api/boards/${group.boardId}/votes?key=${editKey}`,
      json({ session: SESSION_A, noteId: 'shape:n1', op: 'remove' }),
    )
    expect(await late.json()).toMatchObject({ code: 'voteNotOpen' })
    expect(workshopMap(await ada2.roundTrip())).not.toHaveProperty('voteCounts')
    expect((await control({ action: 'reveal' })).status).toBe(200)
    await ada2.roundTrip()
    expect(workshopMap(ada2.doc)).toMatchObject({
      vote: { phase: 'revealed' },
      voteCounts: { 'shape:n1': 2, 'shape:n2': 2 },
    })

    // The answers carry the counts: a word in Markdown, a column in the CSV.
    const markdown = await (
      await fetch(`${server.url}/api/boards/${group.boardId}/answers.md?key=${editKey}`)
    ).text()
    expect(markdown).toMatch(/Behov _\(.*2 stemmer\)_/)
    const csv = await (
      await fetch(`${server.url}/api/boards/${group.boardId}/answers.csv?key=${editKey}`)
    ).text()
    expect(csv.split('\r\n')[0]).toMatch(/,stemmer$/)
    expect(csv).toMatch(/Behov,lys oransje,,2\r\n/)
  })

  it('live counts follow each dot; a time limit ends the vote', async () => {
    const server = await start(tempDir())
    const { workshop, group } = await setUp(server)
    const editKey = keyOf(group.editUrl)
    const facilitatorKey = keyOf(group.facilitatorUrl)
    const ada = await joinAs(server, group.boardId, editKey, SESSION_A, 'Ada')
    ada.edit((doc) => {
      boardRecords(doc).set('shape:n1', noteIn('shape:n1', sectionsOf(ada)[0]!))
      boardRecords(doc).set('shape:gone', noteIn('shape:gone', sectionsOf(ada)[1]!))
    })
    await ada.roundTrip()
    const bo = await joinAs(server, group.boardId, editKey, SESSION_B, 'Bo')

    // From the board link with its facilitator key (an edit key may not).
    const body = { action: 'start', dotsPerPerson: 2, scope: { kind: 'board' }, visibility: 'live' }
    expect(
      (await fetch(`${server.url}/api/boards/${group.boardId}/vote?key=${editKey}`, json(body))).status,
    ).toBe(403)
    expect(
      (await fetch(`${server.url}/api/boards/${group.boardId}/vote?key=${facilitatorKey}`, json(body)))
        .status,
    ).toBe(200)
    const cast = () =>
      fetch(
        `${server.url}/api/boards/${group.boardId}/votes?key=${editKey}`,
        json({ session: SESSION_A, noteId: 'shape:n1', op: 'add' }),
      )
    // A dot on a note deleted afterwards comes back to its voter.
    const onGone = await fetch(
      `${server.url}/api/boards/${group.boardId}/votes?key=${editKey}`,
      json({ session: SESSION_A, noteId: 'shape:gone', op: 'add' }),
    )
    expect(await onGone.json()).toMatchObject({ dotsLeft: 1 })
    ada.edit((doc) => boardRecords(doc).delete('shape:gone'))
    await ada.roundTrip()
    expect((await cast()).status).toBe(200)
    expect(await (await cast()).json()).toMatchObject({ myDots: ['shape:n1', 'shape:n1'], dotsLeft: 0 })
    await bo.roundTrip()
    expect(workshopMap(bo.doc)).toMatchObject({ voteCounts: { 'shape:n1': 2 } })

    // A vote of 10 s, seen after it ran out (the clock moved by the vote's own start time).
    const timed = { ...body, durationMs: 10_000 }
    expect(
      (
        await fetch(
          `${server.url}/api/workshops/${workshop.id}/vote?key=${workshop.facilitatorKey}`,
          json(timed),
        )
      ).status,
    ).toBe(200)
    expect((await cast()).status).toBe(200)
    const realNow = Date.now
    try {
      Date.now = () => realNow() + 11_000
      const late = await cast()
      expect(late.status).toBe(409)
      expect(await late.json()).toMatchObject({ code: 'voteNotOpen' })
    } finally {
      Date.now = realNow
    }
    await bo.roundTrip()
    expect(workshopMap(bo.doc)).toMatchObject({ voteCounts: { 'shape:n1': 1 } })
    // The dashboard shows a vote whose time ran out as ended.
    Date.now = () => realNow() + 11_000
    try {
      const progress = await fetch(
        `${server.url}/api/workshops/${workshop.id}/vote?key=${workshop.facilitatorKey}`,
      )
      expect(await progress.json()).toMatchObject({ groups: [{ vote: { phase: 'closed' } }, {}] })
    } finally {
      Date.now = realNow
    }
  })

  it('needs the facilitator key and valid settings', async () => {
    const server = await start(tempDir())
    const { workshop, group } = await setUp(server)
    const url = (key: string) => `${server.url}/api/workshops/${workshop.id}/vote?key=${key}`
    const body = { action: 'start', dotsPerPerson: 3, scope: { kind: 'board' }, visibility: 'live' }
    expect((await fetch(url(keyOf(group.editUrl)), json(body))).status).toBe(403)
    expect((await fetch(url(keyOf(group.facilitatorUrl)), json(body))).status).toBe(403)
    expect((await fetch(url(workshop.facilitatorKey), json({ ...body, dotsPerPerson: 11 }))).status).toBe(400)
    expect((await fetch(url(workshop.facilitatorKey), json({ ...body, boardId: 'nope' }))).status).toBe(404)
    expect((await fetch(url(workshop.facilitatorKey), json({ action: 'reveal' }))).status).toBe(409)
    expect((await fetch(url(keyOf(group.editUrl)))).status).toBe(403)
  })
})
