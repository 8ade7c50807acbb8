import { afterEach, describe, expect, it } from 'vitest'
import type * as Y from 'yjs'

import { Y_WORKSHOP_MAP, Y_WORKSHOP_SILENT_KEY } from '@bordduk/shared'
import type { SilentState, Workshop } from '@bordduk/shared'

import { boardRecords } from '../boards/boardDocument.ts'
import type { StoredRecord } from '../boards/boardDocument.ts'
import type { RunningServer } from '../startServer.ts'
import { noteText, testNote } from '../testing/noteRecords.ts'
import { testServers } from '../testing/testServer.ts'
import { RawSyncClient, syncUrl } from '../sync/testing/rawSyncClient.ts'

const harness = testServers()
afterEach(() => harness.cleanup())
const { tempDir, start } = harness

const keyOf = (url: string) => new URL(url).searchParams.get('key')!
const SESSION_A = 'sessionAAAAAAAAAAAAAAAAAAAAAAAAA'
const SESSION_B = 'sessionBBBBBBBBBBBBBBBBBBBBBBBBB'
const SECRET_TEXT = 'Hemmelig behov fra A'

async function createWorkshop(server: RunningServer): Promise<Workshop> {
  const response = await fetch(`${server.url}/api/workshops`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ templateId: 'lup-oppstart', groups: 2 }),
  })
  expect(response.status).toBe(201)
  return (await response.json()) as Workshop
}

function silentAction(server: RunningServer, workshop: Workshop, body: object): Promise<Response> {
  return fetch(`${server.url}/api/workshops/${workshop.id}/silent?key=${workshop.facilitatorKey}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  })
}

function putDrafts(server: RunningServer, boardId: string, key: string, body: object): Promise<Response> {
  return fetch(`${server.url}/api/boards/${boardId}/drafts?key=${key}`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  })
}

/** A participant's tab: its socket carries the session secret the drafts PUT names. */
async function joinAs(server: RunningServer, boardId: string, key: string, session?: string) {
  const url = syncUrl(server.url, boardId, key) + (session ? `&session=${session}` : '')
  const client = harness.track(await RawSyncClient.join(url))
  await client.roundTrip()
  return client
}

const draft = (id: string, text = SECRET_TEXT) =>
  ({ ...testNote(id, { x: 100, y: 120, text, n: 1 }), meta: { bdDraft: true } }) as StoredRecord

/** Whether the text appears anywhere in the doc (records, workshop map, anything). */
function docHolds(doc: Y.Doc, text: string): boolean {
  const everything = JSON.stringify({
    records: [...boardRecords(doc).map.values()],
    workshop: doc.getMap(Y_WORKSHOP_MAP).toJSON(),
  })
  return everything.includes(text)
}

const silentIn = (doc: Y.Doc) =>
  doc.getMap(Y_WORKSHOP_MAP).get(Y_WORKSHOP_SILENT_KEY) as SilentState | undefined

describe('silent writing', () => {
  it("keeps a note out of other participants' docs until the reveal, survives the writer leaving and a restart", async () => {
    const dir = tempDir()
    let server = await start(dir)
    const workshop = await createWorkshop(server)
    const group = workshop.groups[0]!
    const editKey = keyOf(group.editUrl)
    expect((await silentAction(server, workshop, { action: 'start' })).status).toBe(200)

    const a = await joinAs(server, group.boardId, editKey, SESSION_A)
    const b = await joinAs(server, group.boardId, editKey, SESSION_B)
    expect(silentIn(b.doc)?.cards).toEqual([])

    const put = await putDrafts(server, group.boardId, editKey, {
      session: SESSION_A,
      notes: [draft('shape:silentA')],
    })
    expect(put.status).toBe(200)
    const { ownCards } = (await put.json()) as { ownCards: string[] }
    expect(ownCards).toHaveLength(1)

    // B sees a blank card where A's note is, and nothing of what it says.
    const seenByB = await b.roundTrip()
    expect(silentIn(b.doc)?.cards).toEqual([
      { id: ownCards[0], x: 100, y: 120, w: 200, h: 200, pageId: 'page:board' },
    ])
    expect(boardRecords(seenByB).has('shape:silentA')).toBe(false)
    expect(docHolds(seenByB, SECRET_TEXT)).toBe(false)
    expect(docHolds(b.doc, SECRET_TEXT)).toBe(false)
    expect(JSON.stringify(silentIn(b.doc))).not.toContain('silentA')

    // A's tab reads back its own notes, B's session gets none of them.
    const own = await fetch(
      `${server.url}/api/boards/${group.boardId}/drafts?key=${editKey}&session=${SESSION_A}`,
    )
    expect(((await own.json()) as { notes: StoredRecord[] }).notes.map((n) => n.id)).toEqual([
      'shape:silentA',
    ])
    const others = await fetch(
      `${server.url}/api/boards/${group.boardId}/drafts?key=${editKey}&session=${SESSION_B}`,
    )
    expect(((await others.json()) as { notes: StoredRecord[] }).notes).toEqual([])

    // A leaves before the reveal; then the server restarts.
    await a.close()
    await b.close()
    await server.close()
    server = await start(dir)

    const c = await joinAs(server, group.boardId, editKey, SESSION_B)
    expect(docHolds(c.doc, SECRET_TEXT)).toBe(false)
    expect(silentIn(c.doc)?.cards).toHaveLength(1)
    const reveal = await silentAction(server, workshop, { action: 'reveal' })
    expect(reveal.status).toBe(200)
    expect(await reveal.json()).toMatchObject({ notes: 1 })

    await c.roundTrip()
    const revealed = boardRecords(c.doc).get('shape:silentA')
    expect(noteText(revealed)).toBe(SECRET_TEXT)
    expect((revealed?.meta as Record<string, unknown>).bdDraft).toBeUndefined()
    expect(silentIn(c.doc)).toBeUndefined()
    // Gone from the server's private state too: a second reveal adds nothing.
    expect(await (await silentAction(server, workshop, { action: 'reveal' })).json()).toMatchObject({
      notes: 0,
    })
  })

  it('reveals by itself when the set time is up', async () => {
    const server = await start(tempDir())
    const workshop = await createWorkshop(server)
    const group = workshop.groups[1]!
    const editKey = keyOf(group.editUrl)
    expect(
      (await silentAction(server, workshop, { action: 'start', durationMs: 1500, boardId: group.boardId }))
        .status,
    ).toBe(200)
    const a = await joinAs(server, group.boardId, editKey, SESSION_A)
    expect(silentIn(a.doc)?.endsAt).toBeTypeOf('number')
    const put = await putDrafts(server, group.boardId, editKey, {
      session: SESSION_A,
      notes: [draft('shape:timed')],
    })
    expect(put.status).toBe(200)
    await a.close()
    const b = await joinAs(server, group.boardId, editKey, SESSION_B)
    const deadline = Date.now() + 5000
    while (!boardRecords(b.doc).has('shape:timed') && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    expect(noteText(boardRecords(b.doc).get('shape:timed'))).toBe(SECRET_TEXT)
    expect(silentIn(b.doc)).toBeUndefined()
    // The other group never had silent writing on.
    const other = await joinAs(server, workshop.groups[0]!.boardId, keyOf(workshop.groups[0]!.editUrl))
    expect(silentIn(other.doc)).toBeUndefined()
  })

  it('refuses drafts that break the rules, and stores nothing of them', async () => {
    const server = await start(tempDir())
    const workshop = await createWorkshop(server)
    const group = workshop.groups[0]!
    const editKey = keyOf(group.editUrl)
    const viewKey = keyOf(group.viewUrl)
    const boardId = group.boardId
    const codeOf = async (response: Response) => [
      response.status,
      ((await response.json()) as { code: string }).code,
    ]

    const a = await joinAs(server, boardId, editKey, SESSION_A)
    // Not silent yet.
    expect(
      await codeOf(
        await putDrafts(server, boardId, editKey, { session: SESSION_A, notes: [draft('shape:x')] }),
      ),
    ).toEqual([409, 'notSilent'])
    expect((await silentAction(server, workshop, { action: 'start' })).status).toBe(200)

    // A viewer's link.
    expect(
      await codeOf(
        await putDrafts(server, boardId, viewKey, { session: SESSION_A, notes: [draft('shape:x')] }),
      ),
    ).toEqual([403, 'needsEditKey'])
    // A session with no socket on the board (B never connected).
    expect(
      await codeOf(
        await putDrafts(server, boardId, editKey, { session: SESSION_B, notes: [draft('shape:x')] }),
      ),
    ).toEqual([409, 'noLiveSession'])
    // A viewer's socket does not count either.
    const viewerSession = 'sessionVVVVVVVVVVVVVVVVVVVVVVVVV'
    await joinAs(server, boardId, viewKey, viewerSession)
    expect(
      await codeOf(
        await putDrafts(server, boardId, editKey, { session: viewerSession, notes: [draft('shape:x')] }),
      ),
    ).toEqual([409, 'noLiveSession'])
    // Not a note.
    const geo = { ...draft('shape:geo'), type: 'geo' }
    expect(
      await codeOf(await putDrafts(server, boardId, editKey, { session: SESSION_A, notes: [geo] })),
    ).toEqual([400, 'draftNotNote'])
    const broken = { ...draft('shape:broken'), props: { richText: 'no' } }
    expect(
      await codeOf(await putDrafts(server, boardId, editKey, { session: SESSION_A, notes: [broken] })),
    ).toEqual([400, 'draftNotNote'])
    // Not on a page of this board.
    const astray = { ...draft('shape:astray'), parentId: 'page:elsewhere' }
    expect(
      await codeOf(await putDrafts(server, boardId, editKey, { session: SESSION_A, notes: [astray] })),
    ).toEqual([400, 'draftBadParent'])
    // An id the board already uses (a record of the printed layer).
    const records = boardRecords(a.doc)
    const usedId = [...records.map.keys()].find((id) => id.startsWith('shape:'))!
    expect(
      await codeOf(await putDrafts(server, boardId, editKey, { session: SESSION_A, notes: [draft(usedId)] })),
    ).toEqual([409, 'draftIdTaken'])
    // Too many.
    const many = Array.from({ length: 201 }, (_, i) => draft(`shape:n${i}`, 'x'))
    expect(
      await codeOf(await putDrafts(server, boardId, editKey, { session: SESSION_A, notes: many })),
    ).toEqual([400, 'tooManyDrafts'])

    // An id another writer holds back.
    const b = await joinAs(server, boardId, editKey, SESSION_B)
    expect(
      (await putDrafts(server, boardId, editKey, { session: SESSION_B, notes: [draft('shape:mine')] }))
        .status,
    ).toBe(200)
    expect(
      await codeOf(
        await putDrafts(server, boardId, editKey, {
          session: SESSION_A,
          notes: [draft('shape:mine', 'stolen')],
        }),
      ),
    ).toEqual([409, 'draftIdTaken'])

    // A frozen board takes no drafts.
    await fetch(`${server.url}/api/workshops/${workshop.id}/freeze?key=${workshop.facilitatorKey}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ frozen: true }),
    })
    expect(
      await codeOf(
        await putDrafts(server, boardId, editKey, { session: SESSION_B, notes: [draft('shape:cold')] }),
      ),
    ).toEqual([409, 'boardFrozen'])

    // Only B's one accepted note is held back; the reveal puts exactly that on the board.
    expect(await (await silentAction(server, workshop, { action: 'reveal' })).json()).toMatchObject({
      notes: 1,
    })
    await b.roundTrip()
    expect(noteText(boardRecords(b.doc).get('shape:mine'))).toBe(SECRET_TEXT)
    for (const id of ['shape:x', 'shape:geo', 'shape:broken', 'shape:astray', 'shape:cold', 'shape:n0']) {
      expect(boardRecords(b.doc).has(id)).toBe(false)
    }
  })

  it('a reloaded tab takes over the notes its earlier session sent, without a clash or a double', async () => {
    const server = await start(tempDir())
    const workshop = await createWorkshop(server)
    const group = workshop.groups[0]!
    const editKey = keyOf(group.editUrl)
    expect((await silentAction(server, workshop, { action: 'start' })).status).toBe(200)
    const before = await joinAs(server, group.boardId, editKey, SESSION_A)
    const notes = [draft('shape:kept'), draft('shape:second', 'Andre lapp')]
    expect((await putDrafts(server, group.boardId, editKey, { session: SESSION_A, notes })).status).toBe(200)
    await before.close()

    // The same browser after a reload: a new session, the same notes from its local copy.
    const SESSION_C = 'sessionCCCCCCCCCCCCCCCCCCCCCCCCC'
    const after = await joinAs(server, group.boardId, editKey, SESSION_C)
    expect((await putDrafts(server, group.boardId, editKey, { session: SESSION_C, notes })).status).toBe(409)
    const handover = await putDrafts(server, group.boardId, editKey, {
      session: SESSION_C,
      previousSession: SESSION_A,
      notes,
    })
    expect(handover.status).toBe(200)
    await after.roundTrip()
    expect(silentIn(after.doc)?.cards).toHaveLength(2)
    expect(await (await silentAction(server, workshop, { action: 'reveal' })).json()).toMatchObject({
      notes: 2,
    })
    await after.roundTrip()
    expect(noteText(boardRecords(after.doc).get('shape:second'))).toBe('Andre lapp')
  })

  it('a board facilitator link starts and reveals; an edit link may not', async () => {
    const server = await start(tempDir())
    const workshop = await createWorkshop(server)
    const group = workshop.groups[0]!
    const post = (key: string, body: object) =>
      fetch(`${server.url}/api/boards/${group.boardId}/silent?key=${key}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      })
    expect((await post(keyOf(group.editUrl), { action: 'start' })).status).toBe(403)
    expect((await post(keyOf(group.facilitatorUrl), { action: 'start', durationMs: 60_000 })).status).toBe(
      200,
    )
    const a = await joinAs(server, group.boardId, keyOf(group.editUrl), SESSION_A)
    expect(silentIn(a.doc)?.endsAt).toBeGreaterThan(Date.now())
    expect((await post(keyOf(group.facilitatorUrl), { action: 'reveal' })).status).toBe(200)
    await a.roundTrip()
    expect(silentIn(a.doc)).toBeUndefined()
  })
})
