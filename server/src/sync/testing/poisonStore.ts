import { join } from 'node:path'

import * as Y from 'yjs'
import { Y_META_MAP, Y_META_SCHEMA_KEY, Y_RECORDS_ARRAY } from '@bordduk/shared'
import { CHECK_SHAPE, SHEET_SHAPE } from '@bordduk/shared/shapes'

import { SqliteStore } from '../../storage/SqliteStore.ts'
import { testNote } from '../../testing/noteRecords.ts'
import { OUR_SCHEMA, firstShapeOf, storedDoc } from './boardOracle.ts'
import { deleteKey, pushEntry, putRecord, updateOf } from './hostileUpdates.ts'

// Boards poisoned before the server checked updates (or by a hand in the database): bad state
// written straight into storage, for the repair-on-load tests and the browser check.

/** The SQLite file a server keeps in its data directory. */
export function sqliteFileOf(dataDir: string): string {
  return join(dataDir, 'bordduk.sqlite')
}

/** One way to poison a stored board: a change to a doc holding the stored state, or a raw update. */
export interface Poison {
  name: string
  /** Note ids the poison deletes on purpose: they are not expected back. */
  deletes?: (doc: Y.Doc) => string[]
  write: (doc: Y.Doc) => void
}

/** A valid note nobody wrote, for poisons to spoil. */
const strayNote = (id: string, n: number) => testNote(id, { x: 0, y: 0, text: 'gift', n })

/** A schema from a Bordduk of the future. */
export function newerSchema() {
  const sequences = Object.fromEntries(Object.entries(OUR_SCHEMA.sequences).map(([name, v]) => [name, v + 1]))
  return { ...OUR_SCHEMA, sequences: { ...sequences, 'com.evil.future': 3 } }
}

/** The note a poison may delete: the last one written (tests keep it out of what they expect back). */
export function victimOf(doc: Y.Doc): string {
  const entries = doc.getArray<{ key?: string; val?: { type?: string } }>(Y_RECORDS_ARRAY).toArray()
  return entries.filter((e) => e?.val?.type === 'note').at(-1)!.key!
}

/** The poisons of issue 10, each written as one stored update. */
export const POISONS: Poison[] = [
  {
    name: 'a null entry pushed in the transaction that deletes a note',
    deletes: (doc) => [victimOf(doc)],
    write: (doc) => {
      deleteKey(doc, victimOf(doc))
      doc.getArray(Y_RECORDS_ARRAY).push([null])
    },
  },
  {
    name: 'a moved, unlocked copy of the sheet under a key that is not its id',
    write: (doc) => {
      const sheet = firstShapeOf(doc, SHEET_SHAPE)
      pushEntry(doc, { key: 'shape:not-the-sheet', val: { ...sheet, x: 5_000, isLocked: false } })
    },
  },
  {
    name: 'a moved copy of the sheet without a key',
    write: (doc) => pushEntry(doc, { val: { ...firstShapeOf(doc, SHEET_SHAPE), x: 5_000 } }),
  },
  {
    name: 'a note with an extra prop',
    write: (doc) => {
      const note = strayNote('shape:extra-prop', 990)
      putRecord(doc, { ...note, props: { ...(note.props as object), onload: 'alert(1)' } })
    },
  },
  {
    name: 'a note with a string x',
    write: (doc) =>
      putRecord(doc, { ...strayNote('shape:string-x', 991), x: '0"><script>alert(1)</script>' }),
  },
  {
    name: 'a note whose rich text ProseMirror cannot read',
    write: (doc) => {
      const note = strayNote('shape:broken-text', 993)
      const richText = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'evil' }] }] }
      putRecord(doc, { ...note, props: { ...(note.props as object), richText } })
    },
  },
  {
    name: 'a record of an unknown type',
    write: (doc) => pushEntry(doc, { key: 'evil:1', val: { id: 'evil:1', typeName: 'evil' } }),
  },
  {
    name: 'a check ticked "yes please"',
    write: (doc) => {
      const check = firstShapeOf(doc, CHECK_SHAPE)
      putRecord(doc, { ...check, props: { ...(check.props as object), checked: 'yes please' } })
    },
  },
  { name: 'a number as an entry', write: (doc) => pushEntry(doc, 42) },
  {
    name: 'a camera record',
    write: (doc) =>
      pushEntry(doc, {
        key: 'camera:page:board',
        val: { id: 'camera:page:board', typeName: 'camera', x: 0, y: 0, z: 1, meta: {} },
      }),
  },
  {
    name: 'a nested Y.Map in the records',
    write: (doc) => doc.getArray(Y_RECORDS_ARRAY).push([new Y.Map()]),
  },
  {
    name: 'extra root types',
    write: (doc) => {
      doc.getMap('evil').set('x', { payload: '<script>' })
      doc.getText('x').insert(0, 'hei')
    },
  },
  {
    name: 'a newer schema in tl_meta',
    write: (doc) => doc.getMap(Y_META_MAP).set(Y_META_SCHEMA_KEY, newerSchema()),
  },
]

/** All of them in one update. */
export const ALL_POISONS: Poison = {
  name: 'all of the above at once',
  deletes: (doc) => [victimOf(doc)],
  write: (doc) => {
    for (const poison of POISONS) poison.write(doc)
  },
}

/**
 * Appends `poison` to a board's stored log, straight into the SQLite file of a stopped server.
 * Answers the note ids the poison deleted on purpose.
 */
export async function poisonStoredBoard(dataDir: string, boardId: string, poison: Poison): Promise<string[]> {
  const store = new SqliteStore(sqliteFileOf(dataDir))
  try {
    const doc = await storedDoc(store, boardId)
    const deleted = poison.deletes?.(doc) ?? []
    await store.appendUpdate(boardId, updateOf(doc, poison.write))
    return deleted
  } finally {
    await store.close()
  }
}

/** Appends an update that follows a gap in its client's clock: structs no load can place. */
export async function storeUpdateWithGap(dataDir: string, boardId: string): Promise<void> {
  const store = new SqliteStore(sqliteFileOf(dataDir))
  try {
    const doc = await storedDoc(store, boardId)
    updateOf(doc, (d) => putRecord(d, strayNote('shape:missing', 992))) // never stored
    await store.appendUpdate(
      boardId,
      updateOf(doc, (d) => d.getMap('evil').set('after-gap', 1)),
    )
  } finally {
    await store.close()
  }
}
