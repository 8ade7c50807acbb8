import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'

import { FIELD_SHAPE, SHEET_SHAPE } from '@bordduk/shared/shapes'
import { findBuiltInTemplate, instantiate } from '@bordduk/templates'

import { boardRecords, writeInitialRecords } from './boardDocument.ts'
import type { StoredRecord } from './boardDocument.ts'
import { relocalizeBoard } from './relocalizeBoard.ts'
import { tldrawSchema } from './tldrawSchema.ts'

type Shape = StoredRecord & { type: string; props: Record<string, unknown> }

const template = findBuiltInTemplate('lup-oppstart')!

function board(change: (r: Shape) => Shape = (r) => r) {
  const doc = new Y.Doc()
  const records = (instantiate(template, 'nb') as unknown as Shape[]).map(change)
  writeInitialRecords(doc, records, tldrawSchema)
  return boardRecords(doc)
}

const shapesOf = (records: ReturnType<typeof board>, type: string) =>
  [...records.map.values()].map((e) => e.val as Shape).filter((r) => r.type === type)

describe('relocalizeBoard', () => {
  it("translates a field's label and keeps the group's text", () => {
    const records = board((r) =>
      r.type === FIELD_SHAPE ? { ...r, props: { ...r.props, text: 'Skolemat' } } : r,
    )
    relocalizeBoard(records, template, 'en')
    const fields = shapesOf(records, FIELD_SHAPE)
    expect(fields.map((f) => f.props.label)).toEqual([
      'Procurement',
      'Date and participants',
      'The procurement',
    ])
    expect(fields.every((f) => f.props.text === 'Skolemat')).toBe(true)
  })

  it('translates the printed labels of a board made before fields were shapes, and keeps them', () => {
    // Such a board has label boxes on its sheet and no field shapes.
    const records = board((r) =>
      r.type === SHEET_SHAPE
        ? { ...r, props: { ...r.props, fieldLabels: ['Anskaffelse', 'Dato og deltakere'] } }
        : r,
    )
    for (const field of shapesOf(records, FIELD_SHAPE)) records.delete(field.id as string)
    relocalizeBoard(records, template, 'en')
    expect(shapesOf(records, SHEET_SHAPE)[0]!.props.fieldLabels).toEqual([
      'Procurement',
      'Date and participants',
    ])
    expect(shapesOf(records, FIELD_SHAPE)).toEqual([])
  })
})
