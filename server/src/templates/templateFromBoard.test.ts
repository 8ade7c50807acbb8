import { describe, expect, it } from 'vitest'

import { templateSchema } from '@bordduk/shared'
import { FIELD_SHAPE } from '@bordduk/shared/shapes'
import { findBuiltInTemplate, instantiate } from '@bordduk/templates'

import type { StoredRecord } from '../boards/boardDocument.ts'
import { templateFromBoard } from './templateFromBoard.ts'

type Field = StoredRecord & { type: string; props: { text: string; label: string } }

const meta = { id: 'var-mal', title: 'Vår mal', description: '' }

describe('templateFromBoard', () => {
  it('keeps the note scale of the board it was saved from', () => {
    const records = instantiate(findBuiltInTemplate('lup-oppstart')!, 'nb') as unknown as StoredRecord[]
    const template = templateSchema.parse(templateFromBoard(records, meta))
    expect(template.noteScale).toBe(findBuiltInTemplate('lup-oppstart')!.noteScale)
  })

  it('leaves it out for a board made before notes had a scale', () => {
    const records = (
      instantiate(findBuiltInTemplate('lup-oppstart')!, 'nb') as unknown as StoredRecord[]
    ).map((r) => {
      if (r.type !== 'bd-sheet') return r
      const props = { ...(r.props as Record<string, unknown>) }
      delete props.noteScale
      return { ...r, props }
    })
    expect(templateSchema.parse(templateFromBoard(records, meta)).noteScale).toBeUndefined()
  })

  it("keeps a board's fields but not what the group wrote in them", () => {
    const board = (instantiate(findBuiltInTemplate('lup-oppstart')!, 'nb') as unknown as Field[]).map((r) =>
      r.type === FIELD_SHAPE ? { ...r, props: { ...r.props, text: 'Skolemat, 12. mars' } } : r,
    )
    const template = templateSchema.parse(
      templateFromBoard(board, { id: 'var-oppstart', title: 'Vår oppstart', description: '' }),
    )
    const fields = (instantiate(template, 'nb') as unknown as Field[]).filter((r) => r.type === FIELD_SHAPE)
    const before = board.filter((r) => r.type === FIELD_SHAPE)
    expect(fields.map((f) => f.props.label)).toEqual(before.map((f) => f.props.label))
    expect(fields.map((f) => f.props.text)).toEqual(before.map(() => ''))
  })
})
