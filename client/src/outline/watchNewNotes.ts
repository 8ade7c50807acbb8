import type { TLNoteShape, TLRecord, TLShapeId, TLStore } from 'tldraw'

import { richTextToPlain } from '@bordduk/shared'

/**
 * How long a note someone else is writing must stay unchanged before it counts as written:
 * their text arrives keystroke by keystroke, and it should be heard once, finished.
 */
export const NOTE_SETTLE_MS = 2_000

const isNote = (record: TLRecord): record is TLNoteShape =>
  record.typeName === 'shape' && record.type === 'note'

/**
 * Calls `onWritten` with the notes others added (changes that came from the doc, not from
 * this page) once each has text and has not changed for `settleMs`. Notes that settle
 * together (a board syncing after being offline) come in one call. Returns the stop function.
 */
export function watchNewNotes(
  store: TLStore,
  onWritten: (notes: TLNoteShape[]) => void,
  settleMs = NOTE_SETTLE_MS,
): () => void {
  // A note waiting to be written: its timer, or null while it is still empty.
  const waiting = new Map<TLShapeId, ReturnType<typeof setTimeout> | null>()
  let written: TLNoteShape[] = []
  let flushing = false

  const flush = () => {
    flushing = false
    const notes = written
    written = []
    if (notes.length > 0) onWritten(notes)
  }
  const settled = (id: TLShapeId) => {
    const note = store.get(id) as TLNoteShape | undefined
    if (!note) return void waiting.delete(id)
    // Still empty: wait for its first text, which restarts the clock.
    if (richTextToPlain(note.props.richText).trim() === '') return void waiting.set(id, null)
    waiting.delete(id)
    written.push(note)
    if (!flushing) {
      flushing = true
      setTimeout(flush, 0)
    }
  }
  const restart = (id: TLShapeId) => {
    const timer = waiting.get(id)
    if (timer) clearTimeout(timer)
    waiting.set(
      id,
      setTimeout(() => settled(id), settleMs),
    )
  }

  const stop = store.listen(
    ({ changes }) => {
      for (const record of Object.values(changes.added)) if (isNote(record)) restart(record.id)
      for (const [, record] of Object.values(changes.updated))
        if (isNote(record) && waiting.has(record.id)) restart(record.id)
      for (const record of Object.values(changes.removed)) {
        if (!isNote(record)) continue
        const timer = waiting.get(record.id)
        if (timer) clearTimeout(timer)
        waiting.delete(record.id)
      }
    },
    { source: 'remote', scope: 'document' },
  )
  return () => {
    stop()
    for (const timer of waiting.values()) if (timer) clearTimeout(timer)
    waiting.clear()
  }
}
