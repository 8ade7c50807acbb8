import { describe, expect, it } from 'vitest'
import { YKeyValue } from 'y-utility/y-keyvalue'
import * as Y from 'yjs'

import { Y_META_MAP, Y_RECORDS_ARRAY, Y_WORKSHOP_MAP } from '@bordduk/shared'
import { sampleNote } from '@bordduk/shared/testing'

import type { StoredRecord } from '../../boards/boardDocument.ts'
import { blankBoardDoc } from '../../testing/boardFixtures.ts'
import { inspectUpdate } from './inspectUpdate.ts'
import type { Inspection } from './inspectUpdate.ts'
import { RefusedUpdateError } from './RefusedUpdateError.ts'

const MAPS = [Y_WORKSHOP_MAP]

/** A server doc and a client that holds the same state. */
function pair() {
  const server = blankBoardDoc()
  const client = new Y.Doc()
  Y.applyUpdate(client, Y.encodeStateAsUpdate(server))
  return { server, client }
}

/** The update a change on `doc` makes. */
function change(doc: Y.Doc, edit: (doc: Y.Doc) => void): Uint8Array {
  const before = Y.encodeStateVector(doc)
  edit(doc)
  return Y.encodeStateAsUpdate(doc, before)
}

const records = (doc: Y.Doc) => new YKeyValue<StoredRecord>(doc.getArray(Y_RECORDS_ARRAY))
const note = (id: string, text = 'Behov') => sampleNote(id, 10, 20, text) as unknown as StoredRecord

function ok(inspection: Inspection) {
  if (inspection.kind !== 'ok') throw new Error(`expected ok, got ${inspection.kind}`)
  return inspection
}

function refusal(run: () => unknown): RefusedUpdateError {
  try {
    run()
  } catch (error) {
    if (error instanceof RefusedUpdateError) return error
    throw error
  }
  throw new Error('expected a refusal')
}

describe('inspectUpdate', () => {
  it('reports the entries a valid edit inserts and deletes, without touching the doc', () => {
    const { server, client } = pair()
    const add = change(client, (d) => records(d).set('shape:a', note('shape:a')))
    const before = Y.encodeStateAsUpdate(server)
    const result = ok(inspectUpdate(server, add, MAPS))
    expect(result.inserted).toEqual([{ key: 'shape:a', record: note('shape:a'), live: true }])
    expect(result.deleted).toEqual([])
    expect(result.addsContent).toBe(true)
    expect(Y.encodeStateAsUpdate(server)).toEqual(before)

    Y.applyUpdate(server, add)
    const edit = change(client, (d) => records(d).set('shape:a', note('shape:a', 'Nytt')))
    const second = ok(inspectUpdate(server, edit, MAPS))
    expect(second.deleted).toEqual([{ key: 'shape:a', record: note('shape:a') }])
    expect(second.inserted.map((e) => e.key)).toEqual(['shape:a'])
  })

  it('says "missing" for an update after a gap in its client clock, and for an unknown origin', () => {
    const { server, client } = pair()
    change(client, (d) => records(d).set('shape:a', note('shape:a'))) // never sent
    const after = change(client, (d) => records(d).set('shape:b', note('shape:b')))
    expect(inspectUpdate(server, after, MAPS).kind).toBe('missing')

    const other = new Y.Doc()
    Y.applyUpdate(other, Y.encodeStateAsUpdate(client))
    const onTop = change(other, (d) =>
      d.getArray(Y_RECORDS_ARRAY).push([{ key: 'shape:c', val: note('shape:c') }]),
    )
    expect(inspectUpdate(server, onTop, MAPS).kind).toBe('missing')
  })

  it('says "missing" for deletes of what the server has not got', () => {
    const { server, client } = pair()
    const unsent = change(client, (d) => records(d).set('shape:a', note('shape:a')))
    const del = change(client, (d) => records(d).delete('shape:a'))
    expect(inspectUpdate(server, del, MAPS).kind).toBe('missing')
    Y.applyUpdate(server, unsent)
    expect(inspectUpdate(server, del, MAPS).kind).toBe('ok')
  })

  it.each([
    ['a null entry', [null], /not an object/],
    ['an entry without a key', [{ val: note('shape:a') }], /no key/],
    ['an entry whose key is not its id', [{ key: 'shape:x', val: note('shape:a') }], /key differs/],
    ['an unknown record type', [{ key: 'x:1', val: { id: 'x:1', typeName: 'x' } }], /unknown record type/],
    [
      'a camera',
      [{ key: 'camera:1', val: { id: 'camera:1', typeName: 'camera', x: 0, y: 0, z: 1, meta: {} } }],
      /does not belong/,
    ],
    [
      'a note with a string x',
      [{ key: 'shape:a', val: { ...note('shape:a'), x: '0"><script>' } }],
      /invalid shape/,
    ],
  ])('refuses %s in the records', (_name, entries, reason) => {
    const { server, client } = pair()
    const update = change(client, (d) => d.getArray(Y_RECORDS_ARRAY).push(entries))
    const error = refusal(() => inspectUpdate(server, update, MAPS))
    expect(error.kind).toBe('invalid')
    expect(error.message).toMatch(reason)
  })

  it.each([
    ['another root type', (d: Y.Doc) => d.getMap('evil').set('x', 1), /"evil"/],
    ['the schema in tl_meta', (d: Y.Doc) => d.getMap(Y_META_MAP).set('schema', { sequences: {} }), /tl_meta/],
    ['a nested type in the records', (d: Y.Doc) => d.getArray(Y_RECORDS_ARRAY).push([new Y.Map()]), /nested/],
    ['a delete outside the records', (d: Y.Doc) => d.getMap(Y_META_MAP).delete('schema'), /may not delete/],
  ])('refuses %s', (_name, edit, reason) => {
    const { server, client } = pair()
    const update = change(client, edit)
    expect(refusal(() => inspectUpdate(server, update, MAPS)).message).toMatch(reason)
  })

  it('reports map writes to the maps a role may write, for the role rules to judge', () => {
    const { server, client } = pair()
    const gather = change(client, (d) => d.getMap(Y_WORKSHOP_MAP).set('follow', { userId: 'u', at: 1 }))
    expect(ok(inspectUpdate(server, gather, MAPS)).mapWrites).toEqual([
      { root: Y_WORKSHOP_MAP, key: 'follow', value: { userId: 'u', at: 1 } },
    ])
  })

  it('refuses bytes that are no Yjs update as malformed', () => {
    const { server } = pair()
    expect(refusal(() => inspectUpdate(server, Uint8Array.of(1, 2, 3, 4, 5), MAPS)).kind).toBe('malformed')
  })
})
