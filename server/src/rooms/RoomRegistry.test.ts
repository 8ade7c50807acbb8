import { afterEach, describe, expect, it, vi } from 'vitest'

import { CLOSE_CODES } from '@bordduk/shared'

import { SqliteStore } from '../storage/SqliteStore.ts'
import {
  addItem,
  contentOf,
  createTestBoard,
  docFromStorage,
  silentLogger,
  waitUntil,
} from '../testing/boardFixtures.ts'
import { ControllableStore } from '../testing/ControllableStore.ts'
import { FakePeer } from '../testing/FakePeer.ts'
import { DEFAULT_PERSISTENCE_OPTIONS } from './DocPersistence.ts'
import type { PersistenceOptions } from './DocPersistence.ts'
import { parseConfig } from '../config.ts'
import { RoomRegistry } from './RoomRegistry.ts'

const cleanups: (() => Promise<void>)[] = []
afterEach(async () => {
  vi.useRealTimers()
  for (const cleanup of cleanups.splice(0)) await cleanup()
})

async function setup(unloadDelayMs = 1_000, persistence: Partial<PersistenceOptions> = {}) {
  const store = new ControllableStore(new SqliteStore(':memory:'))
  const board = await createTestBoard(store)
  const registry = new RoomRegistry(store, silentLogger, {
    limits: parseConfig({}).limits,
    unloadDelayMs,
    persistence: { ...DEFAULT_PERSISTENCE_OPTIONS, retryMaxMs: 20, ...persistence },
  })
  cleanups.push(async () => {
    await registry.closeAll()
    await store.close()
  })
  return { store, id: board.id, registry, stored: () => store.inner.loadDoc(board.id) }
}

describe('RoomRegistry', () => {
  it('loads a board once however many acquire it at the same time', async () => {
    const { store, id, registry } = await setup()
    const release = store.hold('loadDoc')
    const acquiring = [registry.acquire(id), registry.acquire(id), registry.acquire(id)]
    await waitUntil(() => store.calls.loadDoc === 1, 'the load has started')
    expect(registry.size).toBe(0) // not registered before it is loaded
    release()

    const [first, ...others] = await Promise.all(acquiring)
    for (const room of others) expect(room).toBe(first)
    expect(await registry.acquire(id)).toBe(first)
    expect(store.calls.loadDoc).toBe(1)
    expect(registry.size).toBe(1)
    expect(registry.get(id)).toBe(first)
    expect(contentOf(first!.doc)).toEqual(['start'])
  })

  it('registers nothing when a load fails, and loads again on the next acquire', async () => {
    const { store, id, registry } = await setup()
    store.failLoads = true
    const results = await Promise.allSettled([registry.acquire(id), registry.acquire(id)])
    for (const result of results) {
      expect(result.status).toBe('rejected')
      expect(String((result as PromiseRejectedResult).reason)).toContain('storage unreachable')
    }
    expect(store.calls.loadDoc).toBe(1)
    expect(registry.size).toBe(0)
    expect(registry.get(id)).toBeUndefined()

    store.failLoads = false
    const room = await registry.acquire(id)
    expect(store.calls.loadDoc).toBe(2)
    expect(registry.size).toBe(1)
    expect(contentOf(room.doc)).toEqual(['start'])
  })

  it('unloads an empty room after unloadDelayMs, its changes flushed and compacted', async () => {
    vi.useFakeTimers()
    const { id, registry, stored } = await setup(1_000, { saveBatchMs: 60_000 })
    const room = await registry.acquire(id)
    const peer = new FakePeer('edit')
    room.addPeer(peer)
    addItem(room.doc, 'edited')
    registry.releaseIfIdle(room) // someone is still here: nothing happens
    await vi.advanceTimersByTimeAsync(10_000)
    expect(registry.get(id)).toBe(room)

    room.removePeer(peer)
    registry.releaseIfIdle(room)
    await vi.advanceTimersByTimeAsync(999)
    expect(registry.get(id)).toBe(room)
    expect(room.persistence.hasUnsaved).toBe(true) // still only in memory (long batch window)

    await vi.advanceTimersByTimeAsync(1)
    expect(registry.size).toBe(0)
    const onDisk = await stored()
    expect(onDisk.updates).toHaveLength(0)
    expect(contentOf(docFromStorage(onDisk))).toEqual(['start', 'edited'])
  })

  it('keeps a room whose unload was cancelled by a new acquire', async () => {
    vi.useFakeTimers()
    const { store, id, registry } = await setup(1_000)
    const room = await registry.acquire(id)
    registry.releaseIfIdle(room)
    await vi.advanceTimersByTimeAsync(500)
    expect(await registry.acquire(id)).toBe(room)
    await vi.advanceTimersByTimeAsync(10_000)
    expect(registry.get(id)).toBe(room)
    expect(store.calls.loadDoc).toBe(1)
  })

  it('never hands out a room that is being saved for unload: it waits and loads it afresh', async () => {
    const { store, id, registry } = await setup(10, { saveBatchMs: 60_000 })
    const room = await registry.acquire(id)
    addItem(room.doc, 'edited')
    const release = store.hold('appendUpdate')
    registry.releaseIfIdle(room)
    await waitUntil(() => store.calls.appendUpdate === 1, 'the unload has started saving')

    const acquiring = registry.acquire(id)
    release()
    const next = await acquiring
    expect(next).not.toBe(room) // the old room was dropped, not revived half-destroyed
    expect(store.calls.loadDoc).toBe(2)
    expect(contentOf(next.doc)).toEqual(['start', 'edited'])
  })

  it('does not unload a room while its changes could not be written', async () => {
    vi.useFakeTimers()
    const { store, id, registry, stored } = await setup(1_000)
    const room = await registry.acquire(id)
    store.failAppends = true
    addItem(room.doc, 'unsaved')
    registry.releaseIfIdle(room)

    await vi.advanceTimersByTimeAsync(30_000) // unload attempted (and postponed) several times
    expect(store.calls.appendUpdate).toBeGreaterThan(2)
    expect(registry.get(id)).toBe(room)
    expect(room.persistence.isFailing).toBe(true)
    expect(registry.failingBoards).toBe(1)
    expect((await stored()).updates).toHaveLength(0)

    store.failAppends = false
    await vi.advanceTimersByTimeAsync(30_000)
    expect(registry.size).toBe(0)
    expect(registry.failingBoards).toBe(0)
    expect(contentOf(docFromStorage(await stored()))).toEqual(['start', 'unsaved'])
  })

  it('closeAll closes peers with "server restarting" and stores pending updates', async () => {
    const { id, registry, stored } = await setup(1_000, { saveBatchMs: 60_000 })
    const room = await registry.acquire(id)
    const peers = [new FakePeer('edit'), new FakePeer('view')]
    for (const peer of peers) room.addPeer(peer)
    addItem(room.doc, 'pending')
    expect(room.persistence.hasUnsaved).toBe(true)

    await registry.closeAll()
    for (const peer of peers) expect(peer.closedWith).toEqual(CLOSE_CODES.serviceRestart)
    expect(registry.size).toBe(0)
    const onDisk = await stored()
    expect(onDisk.updates).toHaveLength(0)
    expect(contentOf(docFromStorage(onDisk))).toEqual(['start', 'pending'])
  })
})
