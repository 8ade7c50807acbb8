import { PageRecordType, createShapeId } from '@tldraw/tlschema'
import type { TLNoteShape, TLStore } from 'tldraw'
import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'

import { Y_META_MAP, Y_META_SCHEMA_KEY, Y_RECORDS_ARRAY } from '@bordduk/shared'

import { DocumentTooNewError, bindRecords } from './bindRecords.ts'
import { memoryTLStore } from './testing/memoryTLStore.ts'
import { sampleNote } from '@bordduk/shared/testing'

const PAGE = PageRecordType.create({ id: 'page:board' as never, name: 'Tavle', index: 'a1' as never })

function note(id: string, x: number, text = 'hei'): TLNoteShape {
  return sampleNote(createShapeId(id), x, 0, text)
}

/** Two docs that exchange every update, like two browsers through the server. */
function linkedPair() {
  const a = new Y.Doc()
  const b = new Y.Doc()
  a.on('update', (u: Uint8Array, origin: unknown) => origin !== 'wire' && Y.applyUpdate(b, u, 'wire'))
  b.on('update', (u: Uint8Array, origin: unknown) => origin !== 'wire' && Y.applyUpdate(a, u, 'wire'))
  return { a, b }
}

/** tldraw batches listener calls; let them run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 50))

const cleanups: (() => void)[] = []
afterEach(() => cleanups.splice(0).forEach((f) => f()))

function bound(store: TLStore, doc: Y.Doc) {
  cleanups.push(bindRecords(store, doc))
  return store
}

describe('bindRecords', () => {
  it('carries puts, updates and removes from one store to the other', async () => {
    const { a, b } = linkedPair()
    const storeA = bound(memoryTLStore(), a)
    const storeB = bound(memoryTLStore(), b)

    storeA.put([PAGE, note('n1', 10)])
    await settle()
    expect(storeB.get(createShapeId('n1'))).toMatchObject({ x: 10 })

    storeB.update(createShapeId('n1'), (r) => ({ ...r, x: 99 }))
    await settle()
    expect(storeA.get(createShapeId('n1'))).toMatchObject({ x: 99 })

    storeA.remove([createShapeId('n1')])
    await settle()
    expect(storeB.get(createShapeId('n1'))).toBeUndefined()
  })

  it('loads what the doc already holds before anything else happens', () => {
    const doc = new Y.Doc()
    bound(memoryTLStore(), doc).put([PAGE, note('n1', 5, 'før')])
    const later = bound(memoryTLStore(), cloneDoc(doc))
    expect(later.get(createShapeId('n1'))).toMatchObject({ x: 5 })
  })

  it('does not echo remote changes back into the doc', async () => {
    const { a, b } = linkedPair()
    bound(memoryTLStore(), a).put([PAGE, note('n1', 1)])
    bound(memoryTLStore(), b)
    await settle()
    let updatesFromB = 0
    b.on('update', (_u: Uint8Array, origin: unknown) => origin !== 'wire' && updatesFromB++)
    const storeA2 = bound(memoryTLStore(), a)
    storeA2.update(createShapeId('n1'), (r) => ({ ...r, x: 2 }))
    await settle()
    expect(updatesFromB).toBe(0)
  })

  it('skips one invalid remote record and applies the valid ones beside it', async () => {
    const doc = new Y.Doc()
    const store = bound(memoryTLStore(), doc)
    store.put([PAGE])
    await settle()
    const records = doc.getArray<{ key: string; val: unknown }>(Y_RECORDS_ARRAY)
    doc.transact(() => {
      records.push([{ key: 'shape:bad', val: { ...note('bad', 0), x: 'not a number' } }])
      records.push([{ key: createShapeId('good'), val: note('good', 7) }])
    }, 'wire')
    expect(store.get(createShapeId('good'))).toMatchObject({ x: 7 })
    expect(store.get(createShapeId('bad'))).toBeUndefined()
  })

  it('opens a doc holding invalid records and broken entries with every valid record on it', () => {
    const doc = new Y.Doc()
    const records = doc.getArray<unknown>(Y_RECORDS_ARRAY)
    records.push([
      { key: PAGE.id, val: PAGE },
      null,
      'not an entry',
      { key: 'shape:typo', val: { ...note('typo', 0), x: 'left' } },
      {
        key: createShapeId('extra'),
        val: { ...note('extra', 0), props: { ...note('extra', 0).props, evil: 1 } },
      },
      { key: 'shape:unknown', val: { ...note('unknown', 0), type: 'no-such-shape' } },
      { key: createShapeId('fine'), val: note('fine', 3) },
    ])
    const store = bound(memoryTLStore(), doc)
    expect(store.get(createShapeId('fine'))).toMatchObject({ x: 3 })
    expect(store.query.records('shape').get()).toHaveLength(1)
    // The broken entries are gone from the doc too, so y-utility's observer cannot trip on them.
    expect(records.toArray().every((entry) => typeof entry === 'object' && entry !== null)).toBe(true)
  })

  it('keeps notes written in silence (draft flag) out of the doc until the flag goes', async () => {
    const { a, b } = linkedPair()
    const storeA = bound(memoryTLStore(), a)
    const storeB = bound(memoryTLStore(), b)
    storeA.put([PAGE])
    const draft = { ...note('secret', 10, 'hemmelig'), meta: { bdDraft: true } }
    storeA.put([draft])
    await settle()
    storeA.update(draft.id, (r) => ({ ...r, x: 50 }))
    await settle()
    expect(storeB.get(draft.id)).toBeUndefined()
    expect(JSON.stringify(b.getArray(Y_RECORDS_ARRAY).toJSON())).not.toContain('hemmelig')
    // Deleting a draft sends nothing either; a draft put again and then released goes in.
    storeA.remove([draft.id])
    storeA.put([draft])
    await settle()
    expect(storeB.get(draft.id)).toBeUndefined()
    storeA.update(draft.id, (r) => ({ ...r, meta: {} }))
    await settle()
    expect(storeB.get(draft.id)).toMatchObject({ x: 10, meta: {} })
  })

  it('refuses a doc written by a newer tldraw, instead of corrupting it', () => {
    const doc = new Y.Doc()
    const schema = memoryTLStore().schema.serialize()
    const newer = {
      ...schema,
      sequences: { ...schema.sequences, 'com.tldraw.shape': schema.sequences['com.tldraw.shape']! + 5 },
    }
    doc.getMap(Y_META_MAP).set(Y_META_SCHEMA_KEY, newer)
    expect(() => bindRecords(memoryTLStore(), doc)).toThrow(DocumentTooNewError)
  })
})

function cloneDoc(doc: Y.Doc): Y.Doc {
  const copy = new Y.Doc()
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc))
  return copy
}
