import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import type { Workshop } from '@bordduk/shared'
import { sampleNote } from '@bordduk/shared/testing'

import { boardRecords } from '../boards/boardDocument.ts'
import type { StoredRecord } from '../boards/boardDocument.ts'
import type { RunningServer } from '../startServer.ts'
import { SqliteStore } from '../storage/SqliteStore.ts'
import { silentLogger, waitUntil } from '../testing/boardFixtures.ts'
import { RedisProcess } from '../testing/RedisProcess.ts'
import { testServers } from '../testing/testServer.ts'
import { RawSyncClient, syncUrl } from '../sync/testing/rawSyncClient.ts'
import { RedisFanout } from './RedisFanout.ts'

// Two instances in this process, each with its own rooms, Redis connections and connection to
// one database file; a Redis of the test's own, to stop and restart.
const redis = new RedisProcess()
beforeAll(() => redis.start())
afterAll(() => redis.stop())

const harness = testServers()
const fanouts: RedisFanout[] = []
afterEach(async () => {
  await harness.cleanup()
  for (const fanout of fanouts.splice(0)) await fanout.close()
})

const note = (id: string) => sampleNote(id, 10, 20) as unknown as StoredRecord
const keyOf = (url: string) => new URL(url).searchParams.get('key')!
const fast = { heartbeatMs: 100, goneAfterMs: 600 }

async function twoInstances(): Promise<[RunningServer, RunningServer]> {
  const dir = harness.tempDir()
  const start = async () => {
    const fanout = new RedisFanout(redis.url, silentLogger, fast)
    fanouts.push(fanout)
    // Each instance its own connection to one database file, as instances share one database.
    return harness.start(dir, { store: new SqliteStore(`${dir}/shared.sqlite`), fanout })
  }
  return [await start(), await start()]
}

async function createWorkshop(server: RunningServer): Promise<Workshop> {
  const response = await fetch(`${server.url}/api/workshops`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ templateId: 'lup-oppstart', groups: 1 }),
  })
  expect(response.status).toBe(201)
  return (await response.json()) as Workshop
}

const has = (client: RawSyncClient, id: string) => boardRecords(client.doc).has(id)

describe('two instances behind one Redis', () => {
  it('relay each other’s edits and presence, and each edit is stored once', async () => {
    const [a, b] = await twoInstances()
    const { groups } = await createWorkshop(a)
    const group = groups[0]!
    const key = keyOf(group.editUrl)
    const onA = await harness.joinRoom(a, group.boardId, key)
    const onB = await harness.joinRoom(b, group.boardId, key)
    await onA.roundTrip()
    await onB.roundTrip()

    onA.edit((doc) => boardRecords(doc).set('shape:fromA', note('shape:fromA')))
    await waitUntil(() => has(onB, 'shape:fromA'), 'A’s note on B', 1_000)
    onB.edit((doc) => boardRecords(doc).set('shape:fromB', note('shape:fromB')))
    await waitUntil(() => has(onA, 'shape:fromB'), 'B’s note on A', 1_000)

    onA.setPresence({ user: { name: 'Kari' } })
    await waitUntil(
      () => [...onB.awareness.getStates().values()].some((s) => s['user']?.name === 'Kari'),
      'Kari’s presence on B',
      1_000,
    )

    // Stored once each: the log holds each note in exactly one row.
    await onA.saveReceipt(1)
    await onB.saveReceipt(1)
    const stored = await a.store.loadDoc(group.boardId)
    const rowsWith = (id: string) =>
      stored.updates.filter((u) => Buffer.from(u).includes(Buffer.from(id))).length
    expect(rowsWith('shape:fromA')).toBe(1)
    expect(rowsWith('shape:fromB')).toBe(1)
  })

  it('converge without any client’s help after Redis was killed and restarted', async () => {
    const [a, b] = await twoInstances()
    const { groups } = await createWorkshop(a)
    const group = groups[0]!
    const key = keyOf(group.editUrl)
    const onA = await harness.joinRoom(a, group.boardId, key)
    const onB = await harness.joinRoom(b, group.boardId, key)
    await onA.roundTrip()
    await onB.roundTrip()

    await redis.stop()
    // Written while the instances cannot reach each other: each serves its own peers.
    onA.edit((doc) => boardRecords(doc).set('shape:duringA', note('shape:duringA')))
    onB.edit((doc) => {
      boardRecords(doc).set('shape:duringB', note('shape:duringB'))
    })
    await waitUntil(() => has(onA, 'shape:duringA') && has(onB, 'shape:duringB'), 'local edits')
    await new Promise((resolve) => setTimeout(resolve, 500))
    expect(has(onB, 'shape:duringA')).toBe(false)

    await redis.start()
    await waitUntil(
      () => has(onB, 'shape:duringA') && has(onA, 'shape:duringB'),
      'both notes on both instances after Redis is back',
      15_000,
    )
  })

  it('a deletion lost in flight is repaired too (deletes do not move the state vector)', async () => {
    const [a, b] = await twoInstances()
    const { groups } = await createWorkshop(a)
    const group = groups[0]!
    const key = keyOf(group.editUrl)
    const onA = await harness.joinRoom(a, group.boardId, key)
    const onB = await harness.joinRoom(b, group.boardId, key)
    await onA.roundTrip()
    await onB.roundTrip()
    onA.edit((doc) => boardRecords(doc).set('shape:doomed', note('shape:doomed')))
    await waitUntil(() => has(onB, 'shape:doomed'), 'the note on B', 1_000)

    await redis.stop()
    onA.edit((doc) => boardRecords(doc).delete('shape:doomed'))
    await waitUntil(() => !has(onA, 'shape:doomed'), 'deleted on A')
    await redis.start()
    await waitUntil(() => !has(onB, 'shape:doomed'), 'the deletion on B', 15_000)
  })

  it('a key rotated on instance A closes the old link’s socket on instance B', async () => {
    const [a, b] = await twoInstances()
    const workshop = await createWorkshop(a)
    const group = workshop.groups[0]!
    const onB = await harness.joinRoom(b, group.boardId, keyOf(group.editUrl))
    await onB.roundTrip()
    const response = await fetch(
      `${a.url}/api/workshops/${workshop.id}/groups/${group.boardId}/rotate-keys?key=${workshop.facilitatorKey}`,
      { method: 'POST' },
    )
    expect(response.status).toBe(200)
    const closed = await Promise.race([
      onB.closed,
      new Promise<null>((resolve) => setTimeout(() => resolve(null), 3_000)),
    ])
    expect(closed).toMatchObject({ reason: expect.stringMatching(/replaced|rotated/i) })
  })

  it('cursors of a vanished instance disappear from the other', async () => {
    const [a, b] = await twoInstances()
    const { groups } = await createWorkshop(a)
    const group = groups[0]!
    const key = keyOf(group.editUrl)
    const onA = await harness.joinRoom(a, group.boardId, key)
    const onB = await harness.joinRoom(b, group.boardId, key)
    await onB.roundTrip()
    onA.setPresence({ user: { name: 'Kari' } })
    const kariOnB = () => [...onB.awareness.getStates().values()].some((s) => s['user']?.name === 'Kari')
    await waitUntil(kariOnB, 'Kari on B', 1_000)
    // Instance A falls silent without saying goodbye (its Redis links cut, as in a crash).
    await fanouts[0]!.close()
    await waitUntil(() => !kariOnB(), 'Kari gone from B', 3_000)
  })

  it('a vote counts a tab on B casting through A, and the limit holds across both instances', async () => {
    const [a, b] = await twoInstances()
    const workshop = await createWorkshop(a)
    const group = workshop.groups[0]!
    const key = keyOf(group.editUrl)
    const session = 'sessionKKKKKKKKKKKKKKKK'
    const kari = harness.track(
      await RawSyncClient.join(`${syncUrl(b.url, group.boardId, key)}&session=${session}`),
    )
    kari.setPresence({ presence: { userName: 'Kari' } })
    kari.edit((doc) => boardRecords(doc).set('shape:idea', note('shape:idea')))
    await kari.saveReceipt(1)
    const post = (server: RunningServer, path: string, body: object) =>
      fetch(`${server.url}${path}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      })
    const started = await post(a, `/api/workshops/${workshop.id}/vote?key=${workshop.facilitatorKey}`, {
      action: 'start',
      dotsPerPerson: 2,
      scope: { kind: 'board' },
      visibility: 'live',
    })
    expect(started.status).toBe(200)

    // Kari's socket is on B; her dots go through A (a load balancer may send them anywhere).
    const cast = (server: RunningServer) =>
      post(server, `/api/boards/${group.boardId}/votes?key=${key}`, {
        session,
        noteId: 'shape:idea',
        op: 'add',
      })
    // A learns from B who is on the board there (asking when it opens the board): the first dot counts.
    expect((await cast(a)).status).toBe(200)
    // Two more at once, one through each instance: only one of them fits.
    const statuses = (await Promise.all([cast(a), cast(b)])).map((r) => r.status).sort()
    expect(statuses).toEqual([200, 409])
    const counts = () =>
      (kari.doc.getMap('bd_workshop').get('voteCounts') as Record<string, number> | undefined)?.['shape:idea']
    await waitUntil(() => counts() === 2, 'two dots on the note, seen on B', 2_000)
  })

  it('the dashboard on either instance counts and names the people on every instance', async () => {
    const [a, b] = await twoInstances()
    const workshop = await createWorkshop(a)
    const group = workshop.groups[0]!
    const key = keyOf(group.editUrl)
    const join = async (server: RunningServer, session: string, name: string) => {
      const client = harness.track(
        await RawSyncClient.join(`${syncUrl(server.url, group.boardId, key)}&session=${session}`),
      )
      client.setPresence({ presence: { userName: name } })
      return client
    }
    await join(a, 'sessionAAAAAAAAAAAAAAAA', 'Ada')
    await join(b, 'sessionBBBBBBBBBBBBBBBB', 'Bo')
    const dashboard = async (server: RunningServer) => {
      const response = await fetch(
        `${server.url}/api/workshops/${workshop.id}?key=${workshop.facilitatorKey}`,
      )
      const { groups } = (await response.json()) as Workshop
      return { participants: groups[0]!.participants, names: groups[0]!.names }
    }
    for (const server of [a, b]) {
      const deadline = Date.now() + 3_000
      let seen = await dashboard(server)
      while (seen.participants !== 2 || seen.names?.join() !== 'Ada,Bo') {
        if (Date.now() > deadline) throw new Error(`dashboard saw ${JSON.stringify(seen)}`)
        await new Promise((resolve) => setTimeout(resolve, 50))
        seen = await dashboard(server)
      }
    }
  })

  it('silent writing across instances: drafts through A from a tab on B, A gone, B reveals at the end', async () => {
    const [a, b] = await twoInstances()
    const workshop = await createWorkshop(a)
    const group = workshop.groups[0]!
    const key = keyOf(group.editUrl)
    const session = 'sessionWWWWWWWWWWWWWWWW'
    // The writer's tab: its socket on B is what makes its drafts count (kept open by the harness).
    harness.track(await RawSyncClient.join(`${syncUrl(b.url, group.boardId, key)}&session=${session}`))
    const reader = await harness.joinRoom(b, group.boardId, key)
    // The reader takes the board's whole state first (a raw client never asks by itself).
    reader.sendSyncStep1()
    await reader.roundTrip()
    const started = await fetch(
      `${a.url}/api/workshops/${workshop.id}/silent?key=${workshop.facilitatorKey}`,
      {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ action: 'start', durationMs: 2_500 }),
      },
    )
    expect(started.status).toBe(200)
    const drafted = { ...note('shape:quiet'), meta: { bdDraft: true } }
    // The writer's socket is on B, its drafts reach A: A must know the tab is on the board.
    const deadline = Date.now() + 3_000
    for (;;) {
      const put = await fetch(`${a.url}/api/boards/${group.boardId}/drafts?key=${key}`, {
        method: 'PUT',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ session, notes: [drafted] }),
      })
      if (put.status === 200) break
      if (Date.now() > deadline) throw new Error(`drafts through A: ${put.status} ${await put.text()}`)
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
    expect(has(reader, 'shape:quiet')).toBe(false)
    console.log(Date.now() % 100000, JSON.stringify(reader.doc.getMap('bd_workshop').get('silent')))
    // The instance that started the round goes away before its end; B reveals on its own.
    await a.close()
    await waitUntil(() => has(reader, 'shape:quiet'), 'the note revealed by B at the end', 6_000)
  })
})
