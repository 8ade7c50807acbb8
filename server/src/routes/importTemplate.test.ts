import { DocumentRecordType, PageRecordType, TLDOCUMENT_ID, createTLSchema } from '@tldraw/tlschema'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'

import { Y_META_MAP, Y_META_SCHEMA_KEY, pickText, sheetSize, templateSchema } from '@bordduk/shared'
import type { CreatedBoard, SavedTemplate, Template, Workshop } from '@bordduk/shared'
import { sampleNote } from '@bordduk/shared/testing'
import { findBuiltInTemplate } from '@bordduk/templates'

import { boardRecords } from '../boards/boardDocument.ts'
import { toPortableTldrFile } from '../boards/portableTldrFile.ts'
import { inMemoryApp } from '../testing/inMemoryApp.ts'

const PAGE = 'page:first'
const text = (lines: string[]) => ({
  type: 'doc',
  content: lines.map((t) => ({ type: 'paragraph', content: [{ type: 'text', text: t }] })),
})

/** A geo rectangle as tldraw 5 writes one, with a label of several lines. */
function box(id: string, x: number, y: number, w: number, h: number, lines: string[], parentId = PAGE) {
  return {
    id,
    typeName: 'shape',
    type: 'geo',
    x,
    y,
    rotation: 0,
    index: 'a2',
    parentId,
    isLocked: false,
    opacity: 1,
    meta: {},
    props: {
      geo: 'rectangle',
      dash: 'draw',
      url: '',
      w,
      h,
      growY: 0,
      scale: 1,
      flipX: false,
      flipY: false,
      labelColor: 'black',
      color: 'black',
      fill: 'none',
      size: 'm',
      font: 'draw',
      align: 'start',
      verticalAlign: 'start',
      richText: text(lines),
    },
  }
}

function frame(id: string, x: number, y: number, w: number, h: number, name: string) {
  return {
    id,
    typeName: 'shape',
    type: 'frame',
    x,
    y,
    rotation: 0,
    index: 'a1',
    parentId: PAGE,
    isLocked: false,
    opacity: 1,
    meta: {},
    props: { w, h, name, color: 'black' },
  }
}

/** A file the way tldraw's `serializeTldrawJson` writes it: format version, schema, records. */
function stockFile(shapes: object[], name = 'Vår metode') {
  const document = DocumentRecordType.create({ id: TLDOCUMENT_ID, name })
  const page = PageRecordType.create({ id: PAGE as never, name: 'Side 1', index: 'a1' as never })
  return {
    tldrawFileFormatVersion: 1,
    schema: createTLSchema().serialize(),
    records: [document, page, ...shapes],
  }
}

async function facilitator(sendJson: ReturnType<typeof inMemoryApp>['sendJson']) {
  const response = await sendJson('POST', '/api/workshops', { templateId: 'lup-oppstart', groups: 1 })
  return (await response.json()) as Workshop
}

const importPath = (workshop: Workshop, query = '') =>
  `/api/templates/import?workshop=${workshop.id}&key=${workshop.facilitatorKey}${query}`

async function imported(
  app: ReturnType<typeof inMemoryApp>['app'],
  id: string,
  key: string,
): Promise<Template> {
  const mine = (await (await app.request(`/api/templates/mine?key=${key}`)).json()) as {
    template: Template
  }[]
  return mine.find((m) => m.template.id === id)!.template
}

describe('POST /api/templates/import', () => {
  it("makes a stock tldraw file's frame a sheet, its boxes sections, and leaves the notes out", async () => {
    const { app, sendJson } = inMemoryApp()
    const workshop = await facilitator(sendJson)
    // A frame half the size of an A1 sheet, with two boxes (stored relative to it) and a note.
    const note = { ...sampleNote('shape:note', 100, 300, 'Et behov'), parentId: 'shape:frame' }
    note.props = { ...note.props, scale: 0.25 }
    const file = stockFile([
      frame('shape:frame', 1000, 500, 841, 594, 'Brukerne'),
      box(
        'shape:a',
        20,
        40,
        380,
        500,
        ['Hvem er brukerne?', 'Hvem berøres?', 'Hvem bestemmer?'],
        'shape:frame',
      ),
      box('shape:b', 420, 40, 400, 500, ['Behov'], 'shape:frame'),
      note,
    ])
    const stock = createTLSchema()
    for (const r of file.records as { typeName: keyof typeof stock.types }[])
      expect(() => stock.types[r.typeName].validate(r as never)).not.toThrow()

    const response = await sendJson('POST', importPath(workshop), file)
    expect(response.status).toBe(201)
    const saved = (await response.json()) as SavedTemplate
    expect(saved.title).toBe('Vår metode')
    const template = await imported(app, saved.id, workshop.facilitatorKey)
    expect(templateSchema.safeParse(template).success).toBe(true)
    const [sheet, ...others] = template.sheets
    expect(others).toEqual([])
    expect(sheet).toMatchObject({ paper: 'A1', orientation: 'landscape', title: { nb: 'Brukerne' } })
    expect(sheet!.sections.map((s) => [s.title.nb, s.prompts.map((p) => p.nb)])).toEqual([
      ['Hvem er brukerne?', ['Hvem berøres?', 'Hvem bestemmer?']],
      ['Behov', []],
    ])
    // Scaled ×2 onto A1 (1682 × 1188 units), positions from the frame's corner.
    expect(sheet!.sections[0]!.area).toEqual({ x: 40, y: 80, w: 760, h: 1000 })
    expect(sheet!.sections[1]!.area).toMatchObject({ x: 840, w: 800 })
    // The notes are the group's work, not the template's; their size relative to the sheet stays.
    expect(JSON.stringify(template)).not.toContain('Et behov')
    expect(template.noteScale).toBe(0.5)
    // And the gallery lists it for everyone.
    const list = (await (await app.request('/api/templates?locale=nb')).json()) as {
      id: string
      custom: boolean
    }[]
    expect(list.find((t) => t.id === saved.id)).toMatchObject({ custom: true })
  })

  it('puts one sheet round loose boxes, and takes an older tldraw file through its migrations', async () => {
    const { app, sendJson } = inMemoryApp()
    const workshop = await facilitator(sendJson)
    // Both boxes as tldraw 2.x wrote them: the label was plain `text`, no flips.
    const old = (id: string, x: number, label: string) => {
      const shape = box(id, x, 0, 400, 300, [])
      const props: Record<string, unknown> = { ...shape.props, text: label }
      for (const key of ['richText', 'flipX', 'flipY']) delete props[key]
      return { ...shape, props }
    }
    const file = stockFile([old('shape:new', 500, 'Ny'), old('shape:old', 0, 'Gammel')])
    file.schema = { ...file.schema, sequences: { ...file.schema.sequences, 'com.tldraw.shape.geo': 9 } }
    const response = await sendJson('POST', importPath(workshop, '&title=Egen%20mal'), file)
    expect(response.status, await response.clone().text()).toBe(201)
    const saved = (await response.json()) as SavedTemplate
    const template = await imported(app, saved.id, workshop.facilitatorKey)
    expect(template.title.nb).toBe('Egen mal')
    expect(template.sheets).toHaveLength(1)
    expect(template.sheets[0]!.sections.map((s) => s.title.nb)).toEqual(['Gammel', 'Ny'])
    const size = sheetSize('A1', 'landscape')
    for (const s of template.sheets[0]!.sections) {
      expect(s.area.x + s.area.w).toBeLessThanOrEqual(size.w)
      expect(s.area.y + s.area.h).toBeLessThanOrEqual(size.h)
    }
  })

  it("takes Bordduk's own export back as the template it came from: sheet, numbered sections, prompts", async () => {
    const { app, store, sendJson } = inMemoryApp()
    const workshop = await facilitator(sendJson)
    const created = (await (
      await sendJson('POST', '/api/boards', { templateId: 'lup-oppstart' })
    ).json()) as CreatedBoard
    const { snapshot, updates } = await store.loadDoc(created.id)
    const doc = new Y.Doc()
    for (const update of [...(snapshot ? [snapshot] : []), ...updates]) Y.applyUpdate(doc, update)
    const exported = toPortableTldrFile(
      boardRecords(doc)
        .yarray.toArray()
        .map((e) => e.val),
      doc.getMap(Y_META_MAP).get(Y_META_SCHEMA_KEY),
    )
    const response = await sendJson('POST', importPath(workshop, '&title=Oppstart%20igjen'), exported)
    expect(response.status).toBe(201)
    const template = await imported(
      app,
      ((await response.json()) as SavedTemplate).id,
      workshop.facilitatorKey,
    )

    const original = templateSchema.parse(findBuiltInTemplate('lup-oppstart'))
    expect(template.sheets).toHaveLength(original.sheets.length)
    template.sheets.forEach((sheet, i) => {
      const from = original.sheets[i]!
      expect(sheet.title.nb).toBe(pickText(from.title, 'nb'))
      expect([sheet.paper, sheet.orientation]).toEqual([from.paper, from.orientation])
      expect(sheet.sections.map((s) => [s.number, s.title.nb, s.prompts.map((p) => p.nb)]).sort()).toEqual(
        from.sections
          .map((s) => [s.number, pickText(s.title, 'nb'), s.prompts.map((p) => pickText(p, 'nb'))])
          .sort(),
      )
      for (const section of sheet.sections) {
        const same = from.sections.find((s) => pickText(s.title, 'nb') === section.title.nb)!
        expect(section.area).toEqual(same.area)
        expect(section.kind).toBe(same.kind)
      }
    })
    // A board started from it works like any template's.
    const board = await sendJson('POST', '/api/boards', { templateId: template.id })
    expect(board.status).toBe(201)
  })

  it.each([
    [
      'no facilitator key',
      (w: Workshop) => `/api/templates/import?workshop=${w.id}&key=wrong-key-wrong-key`,
      403,
      'facilitatorOnly',
    ],
    [
      'an unknown workshop',
      (w: Workshop) => `/api/templates/import?workshop=nope-nope-nope-nope&key=${w.facilitatorKey}`,
      404,
      'unknownWorkshop',
    ],
  ])('refuses %s and stores nothing', async (_what, path, status, code) => {
    const { app, store, sendJson } = inMemoryApp()
    const workshop = await facilitator(sendJson)
    const response = await sendJson(
      'POST',
      path(workshop),
      stockFile([box('shape:a', 0, 0, 100, 100, ['A'])]),
    )
    expect(response.status).toBe(status)
    expect(((await response.json()) as { code: string }).code).toBe(code)
    expect(await store.listCustomTemplates()).toEqual([])
    void app
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
      JSON.stringify(stockFile([{ ...box('shape:bad', 0, 0, 10, 10, ['x']), props: { w: 'wide' } }])),
      400,
      'tldrInvalidRecord',
    ],
    [
      'a file with nothing to make a template of',
      JSON.stringify(stockFile([sampleNote('shape:n', 0, 0)].map((n) => ({ ...n, parentId: PAGE })))),
      400,
      'tldrNoTemplate',
    ],
    [
      'more boxes than a sheet holds',
      JSON.stringify(
        stockFile(Array.from({ length: 41 }, (_, i) => box(`shape:b${i}`, i * 120, 0, 100, 100, [`${i}`]))),
      ),
      400,
      'tldrNoTemplate',
    ],
    [
      'a file over 5 MB',
      JSON.stringify(stockFile([box('shape:big', 0, 0, 10, 10, ['x'.repeat(5 * 1024 * 1024)])])),
      413,
      'bodyTooLarge',
    ],
  ])('refuses %s with the reason and stores nothing', async (_what, body, status, code) => {
    const { app, store, sendJson } = inMemoryApp()
    const workshop = await facilitator(sendJson)
    const response = await app.request(importPath(workshop), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body,
    })
    expect(response.status).toBe(status)
    const problem = (await response.json()) as { error: string; code: string }
    expect(problem.code).toBe(code)
    expect(problem.error.length).toBeGreaterThan(5)
    expect(await store.listCustomTemplates()).toEqual([])
  })
})
