import { PageRecordType, createShapeId } from '@tldraw/tlschema'
import type { TLNoteShape, TLStore } from 'tldraw'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { sampleNote } from '@bordduk/shared/testing'

import { memoryTLStore } from '../sync/testing/memoryTLStore.ts'
import { watchNewNotes } from './watchNewNotes.ts'

const PAGE = PageRecordType.create({ id: 'page:board' as never, name: 'Tavle', index: 'a1' as never })
const SETTLE_MS = 2_000

function withText(note: TLNoteShape, text: string): TLNoteShape {
  const richText = {
    type: 'doc',
    content: [{ type: 'paragraph', content: text ? [{ type: 'text', text }] : [] }],
  }
  return { ...note, props: { ...note.props, richText } }
}

describe('watchNewNotes', () => {
  let store: TLStore
  let heard: string[][]
  let stop: () => void
  const remote = (f: () => void) => store.mergeRemoteChanges(f)
  const texts = (notes: TLNoteShape[]) =>
    notes.map((n) => (n.props.richText.content as { content?: { text: string }[] }[])[0]!.content![0]!.text)

  beforeEach(() => {
    vi.useFakeTimers()
    store = memoryTLStore()
    store.put([PAGE])
    heard = []
    stop = watchNewNotes(store, (notes) => heard.push(texts(notes)), SETTLE_MS)
  })
  afterEach(() => {
    stop()
    vi.useRealTimers()
  })

  it('reports a note someone else types once, after its text stopped changing', () => {
    const note = withText(sampleNote(createShapeId('n1'), 0, 0), '')
    remote(() => store.put([note]))
    for (const text of ['B', 'Bu', 'Bud', 'Budsjett']) {
      vi.advanceTimersByTime(SETTLE_MS - 100)
      remote(() => store.put([withText(note, text)]))
    }
    vi.advanceTimersByTime(SETTLE_MS + 10)
    expect(heard).toEqual([['Budsjett']])
    // Later edits of a note already reported are not new notes.
    remote(() => store.put([withText(note, 'Budsjett 2027')]))
    vi.advanceTimersByTime(SETTLE_MS + 10)
    expect(heard).toEqual([['Budsjett']])
  })

  it('waits while a new note is still empty', () => {
    const note = withText(sampleNote(createShapeId('n2'), 0, 0), '')
    remote(() => store.put([note]))
    vi.advanceTimersByTime(SETTLE_MS * 3)
    expect(heard).toEqual([])
    remote(() => store.put([withText(note, 'Nå')]))
    vi.advanceTimersByTime(SETTLE_MS + 10)
    expect(heard).toEqual([['Nå']])
  })

  it('gathers notes that settle together, forgets deleted ones and ignores this page’s own', () => {
    remote(() =>
      store.put([sampleNote(createShapeId('a'), 0, 0, 'A'), sampleNote(createShapeId('b'), 0, 0, 'B')]),
    )
    const gone = sampleNote(createShapeId('c'), 0, 0, 'C')
    remote(() => store.put([gone]))
    remote(() => store.remove([gone.id]))
    store.put([sampleNote(createShapeId('mine'), 0, 0, 'Min')])
    vi.advanceTimersByTime(SETTLE_MS + 10)
    expect(heard).toEqual([['A', 'B']])
  })
})
