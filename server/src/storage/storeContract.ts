import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'

import { applyStoredDoc } from './applyStoredDoc.ts'
import type { BoardRow, CompactionResult, Store, WorkshopRow } from './Store.ts'

/** Where a store keeps its data for one test: a fresh file, a fresh schema. */
export interface StorePlace {
  /** Opens a store on this place; several may be open at once, like instances on one database. */
  open(): Promise<Store>
  /** Removes the place (after every store on it is closed). */
  dispose(): Promise<void>
}

const ITEMS = 'items'

/**
 * The behaviour every {@link Store} owes the server, run by SqliteStore.test.ts and
 * PostgresStore.test.ts alike, so the two cannot drift apart.
 */
export function storeContract(name: string, createPlace: () => Promise<StorePlace>): void {
  const cleanups: (() => Promise<void>)[] = []
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
  })

  /** A fresh place and `count` stores open on it, all closed and removed after the test. */
  async function stores(count = 1): Promise<{ place: StorePlace; open: () => Promise<Store>; all: Store[] }> {
    const place = await createPlace()
    cleanups.push(() => place.dispose())
    const all: Store[] = []
    const open = async () => {
      const store = await place.open()
      cleanups.push(() => store.close())
      all.push(store)
      return store
    }
    for (let i = 0; i < count; i++) await open()
    return { place, open, all }
  }

  describe(`${name}: the Store contract`, () => {
    it('keeps a board, its snapshot and its update log across reopening', async () => {
      const { all, open } = await stores()
      const store = all[0]!
      await store.createBoard(board, Uint8Array.of(1, 2, 3))
      const first = await store.appendUpdate(board.id, Uint8Array.of(4))
      expect(first).toBeGreaterThan(0)
      expect(await store.appendUpdate(board.id, Uint8Array.of(5, 6))).toBeGreaterThan(first)
      await store.close()

      const reopened = await open()
      expect(await reopened.getBoard(board.id)).toEqual({
        ...board,
        workshopId: null,
        groupIndex: null,
        keyGeneration: 0,
        facilitatorKeyHash: null,
      })
      const doc = await reopened.loadDoc(board.id)
      expect(doc.snapshot).toEqual(Uint8Array.of(1, 2, 3))
      expect(doc.updates).toEqual([Uint8Array.of(4), Uint8Array.of(5, 6)])
      expect(doc.lastSeq).toBeGreaterThan(first)
    })

    it('shows an append to a second store on the same place as soon as it resolves (saved = committed)', async () => {
      const { all } = await stores(2)
      const [a, b] = all as [Store, Store]
      await a.createBoard(board, Uint8Array.of(1))
      for (let i = 0; i < 20; i++) {
        await a.appendUpdate(board.id, Uint8Array.of(i))
        expect((await b.loadDoc(board.id)).updates).toHaveLength(i + 1)
      }
    })

    it('answers undefined for an unknown board and refuses updates for it', async () => {
      const { all } = await stores()
      const store = all[0]!
      expect(await store.getBoard('nope-nope-nope-nope')).toBeUndefined()
      expect(await store.loadDoc('nope-nope-nope-nope')).toEqual({ snapshot: null, updates: [], lastSeq: 0 })
      await expect(store.appendUpdate('nope-nope-nope-nope', Uint8Array.of(1))).rejects.toThrow(
        /foreign key/i,
      )
    })

    it('rejects a duplicate board id without touching the first', async () => {
      const { all } = await stores()
      const store = all[0]!
      await store.createBoard(board, Uint8Array.of(1))
      await expect(store.createBoard({ ...board, title: 'other' }, Uint8Array.of(2))).rejects.toThrow()
      expect((await store.getBoard(board.id))?.title).toBe('Behov i helse')
      expect((await store.loadDoc(board.id)).snapshot).toEqual(Uint8Array.of(1))
    })

    it('stores a workshop with its group boards all or nothing, and lists them in group order', async () => {
      const { all } = await stores()
      const store = all[0]!
      const groups = [1, 0].map((groupIndex) => ({
        board: { ...board, id: `group-${groupIndex}-aaaaaaaaaaa`, workshopId: workshop.id, groupIndex },
        initialState: Uint8Array.of(groupIndex),
      }))
      await store.createWorkshop(workshop, groups)
      expect(await store.getWorkshop(workshop.id)).toEqual(workshop)
      expect(await store.getWorkshop('nope-nope-nope-nope')).toBeUndefined()
      const boards = await store.workshopBoards(workshop.id)
      expect(boards.map((row) => [row.id, row.groupIndex])).toEqual([
        ['group-0-aaaaaaaaaaa', 0],
        ['group-1-aaaaaaaaaaa', 1],
      ])
      expect((await store.loadDoc('group-1-aaaaaaaaaaa')).snapshot).toEqual(Uint8Array.of(1))

      // The second group board's id is taken: neither the workshop nor its first board is stored.
      const other = { ...workshop, id: 'workshop-bbbbbbbbbbb' }
      const clash = [
        {
          board: { ...board, id: 'group-x-aaaaaaaaaaa', workshopId: other.id, groupIndex: 0 },
          initialState: Uint8Array.of(7),
        },
        {
          board: { ...board, id: 'group-0-aaaaaaaaaaa', workshopId: other.id, groupIndex: 1 },
          initialState: Uint8Array.of(8),
        },
      ]
      await expect(store.createWorkshop(other, clash)).rejects.toThrow()
      expect(await store.getWorkshop(other.id)).toBeUndefined()
      expect(await store.getBoard('group-x-aaaaaaaaaaa')).toBeUndefined()
    })

    it('keeps named versions per board, newest first', async () => {
      const { all } = await stores()
      const store = all[0]!
      await store.createBoard(board, Uint8Array.of(1))
      await store.createBoard({ ...board, id: 'board-other-aaaaaaa' }, Uint8Array.of(1))
      const first = await store.saveVersion(board.id, 'Før pausen', Uint8Array.of(10))
      const second = await store.saveVersion(board.id, 'Etter pausen', Uint8Array.of(20, 21))
      expect(first).toEqual({ id: expect.any(Number), name: 'Før pausen', createdAt: expect.any(String) })
      expect(second.id).toBeGreaterThan(first.id)
      expect(await store.listVersions(board.id)).toEqual([second, first])
      expect(await store.listVersions('board-other-aaaaaaa')).toEqual([])
      expect(await store.getVersionData(board.id, second.id)).toEqual(Uint8Array.of(20, 21))
      expect(await store.getVersionData('board-other-aaaaaaa', second.id)).toBeUndefined()
      expect(await store.getVersionData(board.id, second.id + 1000)).toBeUndefined()
    })

    it('creates, lists, changes and deletes custom templates', async () => {
      const { all } = await stores()
      const store = all[0]!
      const template = (id: string, createdAt: string) => ({
        id,
        data: `{"id":"${id}"}`,
        ownerKeyHash: 'o'.repeat(64),
        createdAt,
        updatedAt: createdAt,
      })
      await store.createTemplate(template('tpl-b', '2026-11-24T11:00:00.000Z'))
      await store.createTemplate(template('tpl-a', '2026-11-24T10:00:00.000Z'))
      await expect(store.createTemplate(template('tpl-a', '2026-11-24T12:00:00.000Z'))).rejects.toThrow()
      expect((await store.listCustomTemplates()).map((row) => row.id)).toEqual(['tpl-a', 'tpl-b'])
      await store.updateTemplate('tpl-a', '{"id":"tpl-a","v":2}')
      const changed = await store.getTemplate('tpl-a')
      expect(changed?.data).toBe('{"id":"tpl-a","v":2}')
      expect(changed?.createdAt).toBe('2026-11-24T10:00:00.000Z')
      expect(changed!.updatedAt > changed!.createdAt).toBe(true)
      await store.deleteTemplate('tpl-a')
      expect(await store.getTemplate('tpl-a')).toBeUndefined()
      expect(await store.listCustomTemplates()).toEqual([template('tpl-b', '2026-11-24T11:00:00.000Z')])
    })

    it('remembers replaced key hashes on a rotation, and lists a workshop’s messages newest first', async () => {
      const { all } = await stores()
      const store = all[0]!
      const group = { ...board, workshopId: workshop.id, groupIndex: 0, facilitatorKeyHash: 'a'.repeat(64) }
      await store.createWorkshop(workshop, [{ board: group, initialState: Uint8Array.of(1) }])
      const next = { editKeyHash: '1'.repeat(64), viewKeyHash: '2'.repeat(64), keyGeneration: 1 }
      await store.setBoardKeys(board.id, { ...next, facilitatorKeyHash: '3'.repeat(64) }, { retireOld: true })
      expect(await store.getBoard(board.id)).toMatchObject({ ...next, facilitatorKeyHash: '3'.repeat(64) })
      for (const hash of [board.editKeyHash, board.viewKeyHash, 'a'.repeat(64)])
        expect(await store.isRetiredKey(board.id, hash)).toBe(true)
      expect(await store.isRetiredKey(board.id, '1'.repeat(64))).toBe(false)

      // Without retireOld (a workshop's first visit after an upgrade) nothing is remembered.
      await store.setBoardKeys(board.id, { ...next, keyGeneration: 2 })
      expect(await store.isRetiredKey(board.id, '1'.repeat(64))).toBe(false)
      expect((await store.getBoard(board.id))?.keyGeneration).toBe(2)

      for (const [i, text] of ['én', 'to', 'tre'].entries())
        await store.addWorkshopMessage(workshop.id, { text, sentAt: 1_764_000_000_000 + i })
      expect(await store.listWorkshopMessages(workshop.id, 2)).toEqual([
        { text: 'tre', sentAt: 1_764_000_000_002 },
        { text: 'to', sentAt: 1_764_000_000_001 },
      ])
    })

    it('changes a board’s locale', async () => {
      const { all } = await stores()
      const store = all[0]!
      await store.createBoard(board, Uint8Array.of(1))
      await store.setBoardLocale(board.id, 'en')
      expect((await store.getBoard(board.id))?.locale).toBe('en')
    })

    it('keeps private state per owner and name, lists it by prefix (a % in the prefix is no wildcard), deletes it', async () => {
      const { all, open } = await stores()
      const store = all[0]!
      await store.setPrivateState('board-a', 'drafts/1', '{"n":1}')
      await store.setPrivateState('board-a', 'drafts/2', '{"n":2}')
      await store.setPrivateState('board-a', 'drafts%x', '{"n":3}')
      await store.setPrivateState('board-a', 'drafts_y', '{"n":4}')
      await store.setPrivateState('board-b', 'drafts/1', '{"other":true}')
      await store.setPrivateState('board-a', 'drafts/1', '{"n":10}')
      expect(await store.getPrivateState('board-a', 'drafts/1')).toBe('{"n":10}')
      expect(await store.getPrivateState('board-a', 'nothing')).toBeUndefined()
      expect(await store.listPrivateState('board-a', 'drafts/')).toEqual([
        { name: 'drafts/1', json: '{"n":10}' },
        { name: 'drafts/2', json: '{"n":2}' },
      ])
      expect((await store.listPrivateState('board-a', 'drafts%')).map((row) => row.name)).toEqual([
        'drafts%x',
      ])
      expect((await store.listPrivateState('board-a', 'drafts_')).map((row) => row.name)).toEqual([
        'drafts_y',
      ])
      await store.setPrivateState('board-a', 'drafts/2', null)
      await store.setPrivateState('board-a', 'never-set', null) // deleting nothing is fine
      await store.close()

      const reopened = await open()
      // Byte order, the same in both stores: '%' < '/' < '_'.
      expect((await reopened.listPrivateState('board-a', '')).map((row) => row.name)).toEqual([
        'drafts%x',
        'drafts/1',
        'drafts_y',
      ])
    })

    it('changes private state atomically: 40 increments from two stores at once, none lost; a throw writes nothing', async () => {
      const { all } = await stores(2)
      const increment = (store: Store) =>
        store.updatePrivateState('board-a', 'counter', (json) => String(Number(json ?? '0') + 1))
      await Promise.all(Array.from({ length: 40 }, (_, i) => increment(all[i % 2]!)))
      expect(await all[0]!.getPrivateState('board-a', 'counter')).toBe('40')
      await expect(
        all[1]!.updatePrivateState('board-a', 'counter', () => {
          throw new Error('refused')
        }),
      ).rejects.toThrow('refused')
      expect(await all[0]!.getPrivateState('board-a', 'counter')).toBe('40')
      await all[0]!.updatePrivateState('board-a', 'counter', () => null)
      expect(await all[1]!.getPrivateState('board-a', 'counter')).toBeUndefined()
    })

    it('answers ping while it is open', async () => {
      const { all } = await stores()
      expect(await all[0]!.ping()).toBe(true)
    })

    it('compacts the snapshot and every row it reads into one snapshot; the log goes on after it', async () => {
      const { all } = await stores()
      const store = all[0]!
      const writer = new Y.Doc()
      const updates = collectUpdates(writer)
      push(writer, 'start')
      await store.createBoard(board, Y.encodeStateAsUpdate(writer))
      updates.length = 0
      for (const value of ['a', 'b', 'c']) push(writer, value)
      for (const update of updates) await store.appendUpdate(board.id, update)

      const result = await store.compact(board.id)
      const stored = await store.loadDoc(board.id)
      expect(result).toEqual({ compacted: true, rows: 3, snapshotBytes: stored.snapshot!.byteLength })
      expect(stored.updates).toEqual([])
      expect(itemsOf(stored)).toEqual(['start', 'a', 'b', 'c'])

      updates.length = 0
      push(writer, 'd')
      await store.appendUpdate(board.id, updates[0]!)
      expect((await store.loadDoc(board.id)).updates).toHaveLength(1)
      expect(itemsOf(await store.loadDoc(board.id))).toEqual(['start', 'a', 'b', 'c', 'd'])

      // Nothing to fold: done, nothing changed.
      await store.compact(board.id)
      const again = await store.compact(board.id)
      expect(again).toMatchObject({ compacted: true, rows: 0 })
      expect(itemsOf(await store.loadDoc(board.id))).toEqual(['start', 'a', 'b', 'c', 'd'])
    })

    it('garbage-collects deleted content when compacting (a Y.Doc re-encodes, not mergeUpdates)', async () => {
      const { all } = await stores()
      const store = all[0]!
      const writer = new Y.Doc()
      const updates = collectUpdates(writer)
      await store.createBoard(board, Y.encodeStateAsUpdate(writer))
      push(writer, 'x'.repeat(50_000))
      writer.getArray<string>(ITEMS).delete(0, 1)
      push(writer, 'kept')
      for (const update of updates) await store.appendUpdate(board.id, update)

      const { snapshotBytes } = await store.compact(board.id)
      expect(Y.mergeUpdates(updates).byteLength).toBeGreaterThan(50_000)
      expect(snapshotBytes).toBeLessThan(1_000)
      expect(itemsOf(await store.loadDoc(board.id))).toEqual(['kept'])
    })

    it('keeps an update whose predecessor is not stored yet through a compaction', async () => {
      const { all } = await stores()
      const store = all[0]!
      const writer = new Y.Doc()
      const updates = collectUpdates(writer)
      await store.createBoard(board, Y.encodeStateAsUpdate(writer))
      push(writer, 'first')
      push(writer, 'second') // depends on 'first'
      await store.appendUpdate(board.id, updates[1]!)
      await store.compact(board.id)
      expect(itemsOf(await store.loadDoc(board.id))).toEqual([]) // not applicable yet, but kept
      await store.appendUpdate(board.id, updates[0]!)
      expect(itemsOf(await store.loadDoc(board.id))).toEqual(['first', 'second'])
      await store.compact(board.id)
      expect(itemsOf(await store.loadDoc(board.id))).toEqual(['first', 'second'])
    })

    it('leaves out structs after a gap only when told to (dropUnplaceable), even from the snapshot', async () => {
      const { all } = await stores()
      const store = all[0]!
      const writer = new Y.Doc()
      const updates = collectUpdates(writer)
      await store.createBoard(board, Y.encodeStateAsUpdate(writer))
      for (const value of ['lost', 'after-gap']) push(writer, value)
      await store.appendUpdate(board.id, updates[1]!) // follows 'lost', which is never stored
      await store.compact(board.id) // kept, pending, in the snapshot
      expect(await store.compact(board.id, { dropUnplaceable: true })).toMatchObject({
        compacted: true,
        rows: 0,
      })
      const stored = await store.loadDoc(board.id)
      const doc = new Y.Doc()
      applyStoredDoc(doc, stored)
      expect(doc.store.pendingStructs).toBeNull()

      await store.appendUpdate(board.id, updates[0]!) // too late: 'after-gap' is gone for good
      expect(itemsOf(await store.loadDoc(board.id))).toEqual(['lost'])
    })

    it('loses no row when two writers append to one board and compact it concurrently', async () => {
      const { all } = await stores(2)
      const [a, b] = all as [Store, Store]
      const initial = new Y.Doc()
      push(initial, 'start')
      await a.createBoard(board, Y.encodeStateAsUpdate(initial))

      const WRITERS = 6
      const APPENDS = 40
      let writing = true
      const results: CompactionResult[] = []
      const expected: string[] = ['start']
      const writers = Array.from({ length: WRITERS }, async (_, w) => {
        const doc = new Y.Doc()
        Y.applyUpdate(doc, Y.encodeStateAsUpdate(initial))
        const updates = collectUpdates(doc)
        for (let i = 0; i < APPENDS; i++) {
          const value = `w${w}-${i}`
          expected.push(value)
          push(doc, value)
          // Writers alternate between the two stores, as a board's clients do between instances.
          await ((w + i) % 2 === 0 ? a : b).appendUpdate(board.id, updates[i]!)
          if (i % 7 === w % 7) await pause()
        }
      })
      const compactor = async (store: Store) => {
        while (writing) {
          results.push(await store.compact(board.id))
          await pause()
        }
      }
      const compactors = [compactor(a), compactor(b)]
      await Promise.all(writers)
      writing = false
      await Promise.all(compactors)

      const stored = await b.loadDoc(board.id)
      expect(itemsOf(stored).sort()).toEqual(expected.sort())
      // Every row was folded (and deleted) by exactly one compaction or is still in the log.
      const folded = results.reduce((sum, result) => sum + result.rows, 0)
      expect(folded + stored.updates.length).toBe(WRITERS * APPENDS)
      expect(results.filter((result) => result.compacted && result.rows > 0).length).toBeGreaterThan(1)

      await a.compact(board.id)
      const final = await a.loadDoc(board.id)
      expect(final.updates).toEqual([])
      expect(itemsOf(final).sort()).toEqual(expected.sort())
    })
  })
}

const board: BoardRow = {
  id: 'board-aaaaaaaaaaaaaa',
  title: 'Behov i helse',
  templateId: 'blank',
  locale: 'nb',
  editKeyHash: 'e'.repeat(64),
  viewKeyHash: 'v'.repeat(64),
  createdAt: '2026-11-24T10:00:00.000Z',
}

const workshop: WorkshopRow = {
  id: 'workshop-aaaaaaaaaaa',
  title: 'Oppstart',
  templateId: 'blank',
  locale: 'nb',
  facilitatorKeyHash: 'f'.repeat(64),
  createdAt: board.createdAt,
}

function collectUpdates(doc: Y.Doc): Uint8Array[] {
  const updates: Uint8Array[] = []
  doc.on('update', (update: Uint8Array) => updates.push(update))
  return updates
}

function push(doc: Y.Doc, value: string): void {
  doc.getArray<string>(ITEMS).push([value])
}

/** The items a stored doc holds once applied to a fresh Y.Doc. */
function itemsOf(stored: Parameters<typeof applyStoredDoc>[1]): string[] {
  const doc = new Y.Doc()
  applyStoredDoc(doc, stored)
  return doc.getArray<string>(ITEMS).toArray()
}

function pause(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.random() * 3))
}
