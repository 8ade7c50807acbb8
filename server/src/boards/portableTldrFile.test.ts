import { createTLSchema } from '@tldraw/tlschema'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'

import { Y_META_MAP, Y_META_SCHEMA_KEY } from '@bordduk/shared'
import { builtInTemplates } from '@bordduk/templates'

import { boardRecords } from './boardDocument.ts'
import { newBoardState } from './newBoardState.ts'
import { toPortableTldrFile } from './portableTldrFile.ts'

describe('toPortableTldrFile', () => {
  // What tldraw does when it opens a file: migrate with its own schema, then validate every record.
  it.each(builtInTemplates.map((t) => t.id))('writes %s so that stock tldraw opens it', (templateId) => {
    const template = builtInTemplates.find((t) => t.id === templateId)!
    const doc = new Y.Doc()
    Y.applyUpdate(doc, newBoardState(template, 'nb'))
    const file = toPortableTldrFile(
      boardRecords(doc)
        .yarray.toArray()
        .map((entry) => entry.val),
      doc.getMap(Y_META_MAP).get(Y_META_SCHEMA_KEY),
    )
    const stock = createTLSchema()
    const migrated = stock.migrateStoreSnapshot({
      store: Object.fromEntries(file.records.map((r) => [r.id, r])) as never,
      schema: file.schema,
    })
    expect(migrated.type).toBe('success')
    for (const record of file.records) {
      const type = stock.types[record.typeName as keyof typeof stock.types]
      expect(() => type.validate(record as never)).not.toThrow()
    }
    const shapes = file.records.filter((r) => r.typeName === 'shape')
    expect(shapes.every((s) => ['geo', 'text'].includes(s.type as string) && s.isLocked)).toBe(true)
    // The same check refuses our own shape types: it is what would stop tldraw opening the raw board.
    const original = boardRecords(doc)
      .yarray.toArray()
      .map((e) => e.val)
      .find((r) => r.typeName === 'shape')
    if (original) expect(() => stock.types.shape.validate(original as never)).toThrow()
    if (templateId !== 'blank')
      expect(JSON.stringify(file.records)).toContain(template.sheets[0]!.sections[0]!.title.nb)
  })

  it("keeps what a group wrote in a field, as the text of the field's rectangle", () => {
    const doc = new Y.Doc()
    Y.applyUpdate(
      doc,
      newBoardState(
        builtInTemplates.find((t) => t.id === 'lup-oppstart')!,
        'nb',
      ),
    )
    const records = boardRecords(doc)
    const field = records.get('shape:tpl-oppstart-_field-procurement')!
    records.set(field.id as string, {
      ...field,
      props: { ...(field.props as object), text: 'Skolemat\nfor alle' },
    })
    const file = toPortableTldrFile(
      records.yarray.toArray().map((entry) => entry.val),
      doc.getMap(Y_META_MAP).get(Y_META_SCHEMA_KEY),
    )
    const rectangle = file.records.find((r) => r.id === field.id)!
    expect(JSON.stringify(rectangle.props)).toContain('"text":"Skolemat"')
    expect(JSON.stringify(rectangle.props)).toContain('"text":"for alle"')
    expect(rectangle).toMatchObject({ type: 'geo', isLocked: true, meta: { borddukType: 'bd-field' } })
  })
})
