import { YKeyValue } from 'y-utility/y-keyvalue'
import * as Y from 'yjs'

import { Y_RECORDS_ARRAY, richTextToPlain } from '@bordduk/shared'
import { sampleNote } from '@bordduk/shared/testing'
import { findBuiltInTemplate, instantiate } from '@bordduk/templates'

import { writeInitialRecords } from '../boards/boardDocument.ts'
import type { StoredRecord } from '../boards/boardDocument.ts'
import { tldrawSchema } from '../boards/tldrawSchema.ts'
import { hashKey, newBoardId, newKey } from '../boards/boardSecrets.ts'
import { createLogger } from '../logger.ts'
import { applyStoredDoc } from '../storage/applyStoredDoc.ts'
import type { Store, StoredDoc } from '../storage/Store.ts'

export const silentLogger = createLogger('silent')

export interface TestBoard {
  id: string
  editKey: string
  viewKey: string
}

/** Stores a board row whose initial snapshot is `initial` (by default: a blank board with the note 'start'). */
export async function createTestBoard(store: Store, initial?: Y.Doc): Promise<TestBoard> {
  const board = { id: newBoardId(), editKey: newKey(), viewKey: newKey() }
  const doc = initial ?? blankBoardDoc()
  if (!initial) addItem(doc, 'start')
  await store.createBoard(
    {
      id: board.id,
      title: 'Testtavle',
      templateId: 'blank',
      locale: 'nb',
      editKeyHash: hashKey(board.editKey),
      viewKeyHash: hashKey(board.viewKey),
      createdAt: new Date().toISOString(),
    },
    Y.encodeStateAsUpdate(doc),
  )
  return board
}

/** A fresh doc built from what storage holds. */
export function docFromStorage(stored: StoredDoc): Y.Doc {
  const doc = new Y.Doc()
  applyStoredDoc(doc, stored)
  return doc
}

/** Adds a note whose text (and id) is `value`: the test content of a board, one per transaction. */
export function addItem(doc: Y.Doc, value: string): void {
  writeNote(doc, `item-${value.slice(0, 40)}-${doc.getArray(Y_RECORDS_ARRAY).length}`, value)
}

/** The test content of a doc: its notes' texts, in the order they were written. */
export function contentOf(doc: Y.Doc): string[] {
  return (doc.getArray(Y_RECORDS_ARRAY).toArray() as { key: string; val: StoredRecord }[])
    .filter((entry) => (entry.val as { type?: string }).type === 'note')
    .map((entry) => richTextToPlain((entry.val.props as { richText: never }).richText))
}

/** Polls until `condition` holds; fails with `what` after `timeoutMs`. Orders steps, never measures speed. */
export async function waitUntil(condition: () => boolean, what: string, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 5))
  }
}

/** A board's doc as the server creates it: the blank template's records and our schema. */
export function blankBoardDoc(): Y.Doc {
  const doc = new Y.Doc()
  const records = instantiate(findBuiltInTemplate('blank')!, 'nb') as unknown as StoredRecord[]
  writeInitialRecords(doc, records, tldrawSchema)
  return doc
}

/** Writes a valid note with `text` into a board doc (as a browser's tldraw would). */
export function writeNote(doc: Y.Doc, id: string, text: string, x = 100, y = 100): void {
  const note = sampleNote(`shape:${id}`, x, y, text) as unknown as StoredRecord
  new YKeyValue<StoredRecord>(doc.getArray(Y_RECORDS_ARRAY)).set(note.id, note)
}
