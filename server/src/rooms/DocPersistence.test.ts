import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'

import { applyStoredDoc } from '../storage/applyStoredDoc.ts'
import type { Store } from '../storage/Store.ts'
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
import { DocPersistence } from './DocPersistence.ts'
import type { PersistenceOptions } from './DocPersistence.ts'

const BASE: PersistenceOptions = {
  saveBatchMs: 20,
  compactRowThreshold: 1_000,
  compactByteThreshold: 1 << 30,
  compactMinIntervalMs: 0,
  retryMaxMs: 20,
}
const LOAD = Symbol('load')
const cleanups: (() => Promise<void>)[] = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup()
})

/** A loaded board doc wired to persistence the way BoardRoom wires it. */
async function setup(options: Partial<PersistenceOptions> = {}, initial?: Y.Doc) {
  const store = new ControllableStore(new SqliteStore(':memory:'))
  const board = await createTestBoard(store, initial)
  const doc = new Y.Doc()
  const loaded = await store.inner.loadDoc(board.id)
  applyStoredDoc(doc, loaded, LOAD)
  const persistence = new DocPersistence(board.id, store, silentLogger, { ...BASE, ...options })
  persistence.loaded(loaded)
  const updates: Uint8Array[] = []
  doc.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin === LOAD) return
    updates.push(update)
    persistence.enqueue(update)
  })
  cleanups.push(async () => {
    persistence.dispose()
    await store.close()
  })
  const push = (...values: unknown[]) => {
    for (const value of values) addItem(doc, String(value)) // one transaction, one update each
  }
  return {
    store,
    doc,
    persistence,
    updates,
    push,
    stored: () => store.inner.loadDoc(board.id),
    loaded,
    boardId: board.id,
  }
}

/** A second room on the same board and store, as another instance behind the load balancer has. */
async function secondInstance(store: Store, boardId: string, options: Partial<PersistenceOptions> = {}) {
  const doc = new Y.Doc()
  const loaded = await store.loadDoc(boardId)
  applyStoredDoc(doc, loaded, LOAD)
  const persistence = new DocPersistence(boardId, store, silentLogger, { ...BASE, ...options })
  persistence.loaded(loaded)
  doc.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== LOAD) persistence.enqueue(update)
  })
  cleanups.push(async () => persistence.dispose())
  return { doc, persistence }
}

describe('DocPersistence', () => {
  it('merges the updates arriving within one batch window into one stored row', async () => {
    const { store, doc, persistence, updates, push, stored } = await setup({ saveBatchMs: 30 })
    await persistence.whenPersisted() // nothing pending: resolves at once
    push('a', 'b', 'c')
    expect(updates).toHaveLength(3)
    await persistence.whenPersisted()

    const { updates: rows } = await stored()
    expect(store.calls.appendUpdate).toBe(1)
    expect(rows).toHaveLength(1)
    expect(rows[0]).toEqual(Y.mergeUpdates(updates))
    expect(contentOf(docFromStorage(await stored()))).toEqual(['start', 'a', 'b', 'c'])

    push('d') // a later batch is a row of its own
    await persistence.whenPersisted()
    expect((await stored()).updates).toHaveLength(2)
    expect(contentOf(docFromStorage(await stored()))).toEqual(contentOf(doc))
  })

  it('resolves whenPersisted only after the row is stored, and only for what came before', async () => {
    const { store, persistence, push, stored } = await setup()
    const release = store.hold('appendUpdate')
    push('a')
    const first = persistence.whenPersisted().then(() => store.done.appendUpdate)
    let firstSettled = false
    void first.then(() => (firstSettled = true))
    await waitUntil(() => store.calls.appendUpdate === 1, 'the first batch is being written')
    push('b') // arrives while the first write is in flight: joins the next batch
    const second = persistence.whenPersisted().then(() => store.done.appendUpdate)
    await new Promise((resolve) => setImmediate(resolve))

    expect(firstSettled).toBe(false)
    expect(persistence.hasUnsaved).toBe(true)
    expect((await stored()).updates).toHaveLength(0)

    release()
    expect(await first).toBe(1) // resolved with the first row stored, before the second
    expect(await second).toBe(2)
    expect(contentOf(docFromStorage(await stored()))).toEqual(['start', 'a', 'b'])
  })

  it('keeps updates in memory while the store fails and stores them once it recovers', async () => {
    const { store, doc, persistence, push, stored } = await setup({ retryMaxMs: 20 })
    store.failAppends = true
    push('a', 'b')
    await waitUntil(() => persistence.isFailing, 'the write has failed')
    expect(persistence.hasUnsaved).toBe(true)

    push('c') // more edits while failing are kept too
    await expect(persistence.flush()).rejects.toThrow('disk full')
    expect(persistence.isFailing).toBe(true)
    let saved = false
    const persisted = persistence.whenPersisted().then(() => (saved = true))
    await waitUntil(() => store.calls.appendUpdate >= 3, 'a retry has failed too')
    expect(saved).toBe(false)
    expect((await stored()).updates).toHaveLength(0)

    store.failAppends = false
    await persisted
    expect(persistence.isFailing).toBe(false)
    expect(persistence.hasUnsaved).toBe(false)
    expect((await stored()).updates).toHaveLength(1) // everything kept, merged into one row
    expect(contentOf(docFromStorage(await stored()))).toEqual(['start', 'a', 'b', 'c'])
    expect(contentOf(doc)).toEqual(['start', 'a', 'b', 'c'])
  })

  it('compacts the log into a snapshot once the row threshold is reached', async () => {
    const { store, doc, persistence, push, stored, loaded } = await setup({ compactRowThreshold: 3 })
    for (const value of ['a', 'b']) {
      push(value)
      await persistence.whenPersisted()
    }
    expect((await stored()).updates).toHaveLength(2)
    expect(store.calls.compact).toBe(0)

    push('c')
    await persistence.whenPersisted()
    await persistence.flush() // waits for the write in flight, compaction included
    const compacted = await stored()
    expect(store.done.compact).toBe(1)
    expect(compacted.updates).toHaveLength(0)
    expect(compacted.snapshot).not.toEqual(loaded.snapshot)
    expect(contentOf(docFromStorage(compacted))).toEqual(['start', 'a', 'b', 'c'])

    push('d') // the log goes on after the new snapshot
    await persistence.whenPersisted()
    expect((await stored()).updates).toHaveLength(1)
    expect(contentOf(docFromStorage(await stored()))).toEqual(contentOf(doc))
  })

  it('compacts no more often than compactMinIntervalMs, but always on compact()', async () => {
    const { store, doc, persistence, push, stored } = await setup({
      compactRowThreshold: 3,
      compactMinIntervalMs: 60 * 60_000,
    })
    for (const value of ['a', 'b', 'c', 'd', 'e', 'f']) {
      push(value)
      await persistence.whenPersisted()
    }
    await persistence.flush()
    expect(store.done.compact).toBe(1) // the first threshold; the second came too soon
    expect((await stored()).updates).toHaveLength(3)

    await persistence.compact()
    expect((await stored()).updates).toHaveLength(0)
    expect(contentOf(docFromStorage(await stored()))).toEqual(contentOf(doc))
  })

  it('compacts when the log outweighs the snapshot', async () => {
    const initial = new Y.Doc()
    addItem(initial, 's'.repeat(10_000))
    const { store, persistence, push, stored } = await setup({ compactByteThreshold: 1 }, initial)
    push('small')
    await persistence.whenPersisted()
    await persistence.flush()
    expect(store.calls.compact).toBe(0)

    push('b'.repeat(20_000))
    await persistence.whenPersisted()
    await persistence.flush()
    expect(store.done.compact).toBe(1)
    expect((await stored()).updates).toHaveLength(0)
    expect(contentOf(docFromStorage(await stored()))).toHaveLength(3)
  })

  it('keeps the log intact when compaction fails', async () => {
    const { store, doc, persistence, push, stored } = await setup({ compactRowThreshold: 1 })
    store.failCompacts = true
    push('a')
    await persistence.whenPersisted()
    push('b')
    await persistence.whenPersisted()
    await persistence.compact()
    expect(store.calls.compact).toBeGreaterThanOrEqual(2)
    expect(persistence.isFailing).toBe(false) // the updates are stored; only the folding failed
    expect((await stored()).updates).toHaveLength(2)
    expect(contentOf(docFromStorage(await stored()))).toEqual(contentOf(doc))
  })

  it('keeps the rows another instance wrote, which this room never applied, when it compacts', async () => {
    const { store, doc, persistence, push, stored, boardId } = await setup()
    const other = await secondInstance(store, boardId)
    push('here-1')
    await persistence.whenPersisted()
    addItem(other.doc, 'there-1') // stored by the other instance; never reaches this doc
    await other.persistence.whenPersisted()
    push('here-2') // a row with a higher seq than the other instance's
    await persistence.whenPersisted()

    await persistence.compact()
    expect(store.done.compact).toBe(1)
    const after = await stored()
    expect(after.updates).toHaveLength(0)
    expect(contentOf(doc)).not.toContain('there-1')
    expect(contentOf(docFromStorage(after)).sort()).toEqual(['here-1', 'here-2', 'start', 'there-1'])
  })

  it('leaves the log alone when another instance is compacting the board, and tries again later', async () => {
    const { store, doc, persistence, push, stored } = await setup({ compactRowThreshold: 2 })
    store.busyCompacts = true
    for (const value of ['a', 'b', 'c']) {
      push(value)
      await persistence.whenPersisted()
      await persistence.flush()
    }
    expect(store.calls.compact).toBe(2) // at 2 rows and again at 3: a skip resets nothing
    expect((await stored()).updates).toHaveLength(3)

    store.busyCompacts = false
    push('d')
    await persistence.whenPersisted()
    await persistence.flush()
    expect(store.done.compact).toBe(1)
    expect((await stored()).updates).toHaveLength(0)
    expect(contentOf(docFromStorage(await stored()))).toEqual(contentOf(doc))
  })
})
