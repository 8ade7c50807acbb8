import { DocumentRecordType, PageRecordType, TLDOCUMENT_ID, createTLSchema } from '@tldraw/tlschema'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'

import { Y_META_MAP, Y_META_SCHEMA_KEY } from '@bordduk/shared'
import type { CreatedBoard } from '@bordduk/shared'

import { boardRecords } from '../boards/boardDocument.ts'
import type { StoredRecord } from '../boards/boardDocument.ts'
import { toPortableTldrFile } from '../boards/portableTldrFile.ts'
import { inMemoryApp } from '../testing/inMemoryApp.ts'

const PAGE = 'page:first'

/** A geo shape as tldraw 5 writes one. */
function rectangle(id: string, text: string) {
  return {
    id,
    typeName: 'shape',
    type: 'geo',
    x: 10,
    y: 20,
    rotation: 0,
    index: 'a1',
    parentId: PAGE,
    isLocked: false,
    opacity: 1,
    meta: {},
    props: {
      geo: 'rectangle',
      dash: 'draw',
      url: '',
      w: 200,
      h: 100,
      growY: 0,
      scale: 1,
      flipX: false,
      flipY: false,
      labelColor: 'black',
      color: 'black',
      fill: 'none',
      size: 'm',
      font: 'draw',
      align: 'middle',
      verticalAlign: 'middle',
      richText: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] },
    },
  }
}

/** A file the way tldraw's `serializeTldrawJson` writes it: format version, schema, records. */
function stockFile(shapes: object[]) {
  const schema = createTLSchema()
  const document = DocumentRecordType.create({ id: TLDOCUMENT_ID, name: 'Fra tldraw' })
  const page = PageRecordType.create({ id: PAGE as never, name: 'Side 1', index: 'a1' as never })
  return { tldrawFileFormatVersion: 1, schema: schema.serialize(), records: [document, page, ...shapes] }
}

async function storedDoc(store: ReturnType<typeof inMemoryApp>['store'], id: string): Promise<Y.Doc> {
  const { snapshot, updates } = await store.loadDoc(id)
  const doc = new Y.Doc()
  for (const update of [...(snapshot ? [snapshot] : []), ...updates]) Y.applyUpdate(doc, update)
  return doc
}

function storedShapes(doc: Y.Doc): StoredRecord[] {
  return boardRecords(doc)
    .yarray.toArray()
    .map((e) => e.val)
    .filter((r) => r.typeName === 'shape')
}

async function boardCount(store: ReturnType<typeof inMemoryApp>['store']) {
  // The store has no count; the SQLite table is the truth here.
  const db = (store as unknown as { db: { prepare(sql: string): { get(): { n: number } } } }).db
  return db.prepare('SELECT COUNT(*) AS n FROM boards').get().n
}

describe('POST /api/boards/import', () => {
  it("opens a file made with tldraw's own schema with all its shapes", async () => {
    const { app, rooms, sendJson } = inMemoryApp()
    const file = stockFile([rectangle('shape:a', 'Første'), rectangle('shape:b', 'Andre')])
    // The records are valid for stock tldraw: the test's file is a real one.
    const stock = createTLSchema()
    for (const r of file.records as { typeName: keyof typeof stock.types }[])
      expect(() => stock.types[r.typeName].validate(r as never)).not.toThrow()
    const response = await sendJson('POST', '/api/boards/import?locale=nb', file)
    expect(response.status).toBe(201)
    const board = (await response.json()) as CreatedBoard
    expect(board).toMatchObject({ title: 'Fra tldraw', templateId: 'blank' })
    expect(board.editUrl).toContain(board.editKey)
    expect((await app.request(`/api/boards/${board.id}?key=${board.viewKey}`)).status).toBe(200)
    const room = await rooms.acquire(board.id)
    const shapes = boardRecords(room.doc)
      .yarray.toArray()
      .map((e) => e.val)
      .filter((r) => r.typeName === 'shape')
    expect(shapes.map((s) => s.id).sort()).toEqual(['shape:a', 'shape:b'])
    expect(JSON.stringify(shapes)).toContain('Første')
  })

  it('migrates a file from an older tldraw (2.x: geo labels were plain text)', async () => {
    const { rooms, sendJson } = inMemoryApp()
    const file = stockFile([])
    const props: Record<string, unknown> = { ...rectangle('shape:old', '').props }
    for (const key of ['richText', 'flipX', 'flipY']) delete props[key]
    file.records.push({ ...rectangle('shape:old', ''), props: { ...props, text: 'Gammel lapp' } } as never)
    file.schema = {
      ...file.schema,
      sequences: { ...file.schema.sequences, 'com.tldraw.shape.geo': 9 },
    }
    const response = await sendJson('POST', '/api/boards/import', file)
    expect(response.status).toBe(201)
    const room = await rooms.acquire(((await response.json()) as CreatedBoard).id)
    const old = boardRecords(room.doc).get('shape:old')!
    expect(old.props).toMatchObject({ flipX: false, richText: { type: 'doc' } })
    expect(JSON.stringify(old.props)).toContain('Gammel lapp')
    expect(old.props).not.toHaveProperty('text')
  })

  it("takes Bordduk's own export back with its printed layer locked and guarded", async () => {
    const { store, sendJson } = inMemoryApp()
    const created = (await (
      await sendJson('POST', '/api/boards', { templateId: 'lup-oppstart' })
    ).json()) as CreatedBoard
    const doc = await storedDoc(store, created.id)
    const exported = toPortableTldrFile(
      boardRecords(doc)
        .yarray.toArray()
        .map((e) => e.val),
      doc.getMap(Y_META_MAP).get(Y_META_SCHEMA_KEY),
    )
    const response = await sendJson('POST', '/api/boards/import', exported)
    expect(response.status).toBe(201)
    const imported = (await response.json()) as CreatedBoard
    const shapes = storedShapes(await storedDoc(store, imported.id))
    const printed = shapes.filter((s) => (s.meta as { borddukType?: string }).borddukType)
    expect(printed.length).toBe(exported.records.filter((r) => r.typeName === 'shape').length)
    expect(printed.length).toBeGreaterThan(5)
    expect(
      printed.every((s) => s.isLocked === true && (s.meta as { template?: boolean }).template === true),
    ).toBe(true)
  })

  it('a stock shape cannot claim to be printed', async () => {
    const { store, sendJson } = inMemoryApp()
    const claiming = { ...rectangle('shape:c', 'Jeg'), meta: { template: true } }
    const response = await sendJson('POST', '/api/boards/import', stockFile([claiming]))
    const board = (await response.json()) as CreatedBoard
    const [shape] = storedShapes(await storedDoc(store, board.id))
    expect(shape!.meta).toEqual({})
  })

  it.each([
    ['malformed JSON', '{"tldrawFileFormatVersion": 1, "records": [', 400, 'bodyNotJson'],
    ['JSON that is no tldraw file', JSON.stringify({ hello: 'world' }), 400, 'notTldrFile'],
    [
      'a schema newer than ours',
      JSON.stringify({
        ...stockFile([]),
        schema: {
          schemaVersion: 2,
          sequences: { ...createTLSchema().serialize().sequences, 'com.tldraw.shape.geo': 99 },
        },
      }),
      400,
      'tldrSchemaTooNew',
    ],
    [
      'a record that fails validation',
      JSON.stringify(
        stockFile([{ ...rectangle('shape:bad', 'x'), props: { ...rectangle('', '').props, w: 'wide' } }]),
      ),
      400,
      'tldrInvalidRecord',
    ],
    [
      'a shape on a page the file does not have',
      JSON.stringify(stockFile([{ ...rectangle('shape:lost', 'x'), parentId: 'page:elsewhere' }])),
      400,
      'tldrInvalidRecord',
    ],
    [
      'a "__proto__" key',
      JSON.stringify(stockFile([rectangle('shape:p', 'x')])).replace(
        '"meta":{}',
        '"meta":{"__proto__":{"x":1}}',
      ),
      400,
      'notTldrFile',
    ],
    [
      'an unknown record type',
      JSON.stringify({ ...stockFile([]), records: [{ id: 'x:1', typeName: 'x' }] }),
      400,
      'tldrInvalidRecord',
    ],
    [
      'a file over 5 MB',
      JSON.stringify(stockFile([rectangle('shape:big', 'x'.repeat(5 * 1024 * 1024))])),
      413,
      'bodyTooLarge',
    ],
  ])('refuses %s and stores nothing', async (_what, body, status, code) => {
    const { app, store } = inMemoryApp()
    const before = await boardCount(store)
    const response = await app.request('/api/boards/import', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body,
    })
    expect(response.status).toBe(status)
    const problem = (await response.json()) as { error: string; code: string }
    expect(problem.code).toBe(code)
    expect(problem.error.length).toBeGreaterThan(5)
    expect(await boardCount(store)).toBe(before)
  })
})
