import { getIndicesAbove } from '@tldraw/utils'
import type { IndexKey } from '@tldraw/utils'
import { YKeyValue } from 'y-utility/y-keyvalue'
import type * as Y from 'yjs'

import { sampleNote } from '../../shared/src/testing/sampleNote.ts'

/**
 * Writes notes into a board's doc on top of everything already there (the template layer),
 * as people's notes are: a note below a section's white box would be printed but hidden.
 */
export function addNotesOnTop(doc: Y.Doc, notes: { x: number; y: number; text: string }[]): void {
  const records = new YKeyValue<{ typeName: string; index?: string }>(doc.getArray('tl_records'))
  const top = records.yarray
    .toArray()
    .map((entry) => entry.val)
    .filter((record) => record.typeName === 'shape' && record.index)
    .map((record) => record.index as IndexKey)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .at(-1)
  const indices = getIndicesAbove(top ?? null, notes.length)
  doc.transact(() => {
    notes.forEach(({ x, y, text }, i) => {
      const id = `shape:note-${i}-${Math.random().toString(36).slice(2, 8)}`
      records.set(id, sampleNote(id, x, y, text, indices[i]!))
    })
  })
}
