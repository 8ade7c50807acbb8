import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'

import type { Workshop } from '@bordduk/shared'
import { sampleNote } from '@bordduk/shared/testing'

import { boardRecords } from '../boards/boardDocument.ts'
import type { StoredRecord } from '../boards/boardDocument.ts'
import type { RunningServer } from '../startServer.ts'
import { testServers } from '../testing/testServer.ts'
import { clientFrames } from './testing/syncFrames.ts'

const harness = testServers()
afterEach(() => harness.cleanup())
const { tempDir, start, joinRoom } = harness

const shape = (id: string) => sampleNote(id, 10, 20) as unknown as StoredRecord
const keyOf = (url: string) => new URL(url).searchParams.get('key')!

async function createWorkshop(server: RunningServer): Promise<Workshop> {
  const response = await fetch(`${server.url}/api/workshops`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ templateId: 'lup-oppstart', groups: 2 }),
  })
  expect(response.status).toBe(201)
  return (await response.json()) as Workshop
}

async function freeze(server: RunningServer, workshop: Workshop, body: object): Promise<Response> {
  return fetch(`${server.url}/api/workshops/${workshop.id}/freeze?key=${workshop.facilitatorKey}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  })
}

async function storedIds(server: RunningServer, boardId: string, key: string): Promise<string[]> {
  const response = await fetch(`${server.url}/api/boards/${boardId}/snapshot?key=${key}`)
  expect(response.status).toBe(200)
  return ((await response.json()) as { records: StoredRecord[] }).records.map((r) => r.id)
}

async function describeWorkshop(server: RunningServer, workshop: Workshop): Promise<Workshop> {
  const response = await fetch(`${server.url}/api/workshops/${workshop.id}?key=${workshop.facilitatorKey}`)
  return (await response.json()) as Workshop
}

describe('freezing a group board', () => {
  it("drops a participant's updates while frozen, keeps the facilitator's, and outlives a restart", async () => {
    const dir = tempDir()
    let server = await start(dir)
    const workshop = await createWorkshop(server)
    const [group, other] = workshop.groups
    const editKey = keyOf(group!.editUrl)
    const facilitatorKey = keyOf(group!.facilitatorUrl)

    expect((await freeze(server, workshop, { frozen: true, boardId: group!.boardId })).status).toBe(200)
    expect((await describeWorkshop(server, workshop)).groups.map((g) => g.frozen)).toEqual([true, false])

    const participant = await joinRoom(server, group!.boardId, editKey)
    const facilitator = await joinRoom(server, group!.boardId, facilitatorKey)
    await participant.roundTrip()
    await facilitator.roundTrip()
    // A crafted client: the update and a sync step 2 carrying it, as a viewer might send them.
    participant.edit((doc) => boardRecords(doc).set('shape:frozen', shape('shape:frozen')))
    participant.send(clientFrames.syncStep2(Y.encodeStateAsUpdate(participant.doc)))
    const serverState = await participant.roundTrip()
    expect(boardRecords(serverState).has('shape:frozen')).toBe(false)
    await facilitator.roundTrip() // anything relayed would have arrived before this
    expect(boardRecords(facilitator.doc).has('shape:frozen')).toBe(false)

    facilitator.edit((doc) => boardRecords(doc).set('shape:fac', shape('shape:fac')))
    await facilitator.roundTrip()
    await participant.roundTrip()
    expect(boardRecords(participant.doc).has('shape:fac')).toBe(true)

    // The other group is not frozen.
    const otherParticipant = await joinRoom(server, other!.boardId, keyOf(other!.editUrl))
    await otherParticipant.roundTrip()
    otherParticipant.edit((doc) => boardRecords(doc).set('shape:other', shape('shape:other')))
    expect(boardRecords(await otherParticipant.roundTrip()).has('shape:other')).toBe(true)

    // The freeze is in the stored board: after a restart participants still only look.
    await server.close()
    server = await start(dir)
    expect((await describeWorkshop(server, workshop)).groups.map((g) => g.frozen)).toEqual([true, false])
    const again = await joinRoom(server, group!.boardId, editKey)
    await again.roundTrip()
    again.edit((doc) => boardRecords(doc).set('shape:late', shape('shape:late')))
    expect(boardRecords(await again.roundTrip()).has('shape:late')).toBe(false)
    const ids = await storedIds(server, group!.boardId, editKey)
    expect(ids).toContain('shape:fac')
    expect(ids).not.toContain('shape:frozen')

    // Unfrozen (all groups at once): a participant's edits go in again (one whose client did
    // not write while frozen; the crafted one's next edit builds on what was dropped).
    expect((await freeze(server, workshop, { frozen: false })).status).toBe(200)
    const thawed = await joinRoom(server, group!.boardId, editKey)
    await thawed.roundTrip()
    thawed.edit((doc) => boardRecords(doc).set('shape:thawed', shape('shape:thawed')))
    expect(boardRecords(await thawed.roundTrip()).has('shape:thawed')).toBe(true)
    await again.roundTrip()
    expect(boardRecords(again.doc).has('shape:thawed')).toBe(true)
    expect(await storedIds(server, group!.boardId, editKey)).toContain('shape:thawed')
  })

  it('needs the facilitator key and a group of this workshop', async () => {
    const server = await start(tempDir())
    const workshop = await createWorkshop(server)
    const wrongKey = { ...workshop, facilitatorKey: keyOf(workshop.groups[0]!.editUrl) }
    expect((await freeze(server, wrongKey, { frozen: true })).status).toBe(403)
    expect((await freeze(server, workshop, { frozen: true, boardId: 'nope' })).status).toBe(404)
    expect((await freeze(server, workshop, { frozen: 'yes' })).status).toBe(400)
    expect((await describeWorkshop(server, workshop)).groups.map((g) => g.frozen)).toEqual([false, false])
  })

  it('ending the workshop freezes every group and saves a version of each', async () => {
    const server = await start(tempDir())
    const workshop = await createWorkshop(server)
    // An agenda step is running: it leaves the banners with the timer.
    const step = await fetch(
      `${server.url}/api/workshops/${workshop.id}/agenda/step?key=${workshop.facilitatorKey}`,
      { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"action":"next"}' },
    )
    expect(step.status).toBe(200)
    const group = workshop.groups[0]!
    const participant = await joinRoom(server, group.boardId, keyOf(group.editUrl))
    const banner = async () => (await participant.roundTrip()).getMap('bd_workshop').toJSON()
    expect(await banner()).toHaveProperty('step')
    const end = await fetch(`${server.url}/api/workshops/${workshop.id}/end?key=${workshop.facilitatorKey}`, {
      method: 'POST',
    })
    expect(end.status).toBe(200)
    expect(await end.json()).toMatchObject({ versions: 2 })
    expect((await describeWorkshop(server, workshop)).groups.map((g) => g.frozen)).toEqual([true, true])
    const after = await banner()
    expect(after).not.toHaveProperty('step')
    expect(after).not.toHaveProperty('timer')
  })
})
