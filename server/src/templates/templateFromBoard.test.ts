import { describe, expect, it } from 'vitest'

import { templateSchema } from '@bordduk/shared'
import { FIELD_SHAPE } from '@bordduk/shared/shapes'
import { findBuiltInTemplate, instantiate } from '@bordduk/templates'

import type { StoredRecord } from '../boards/boardDocument.ts'
import { templateFromBoard } from './templateFromBoard.ts'

type Field = StoredRecord & { type: string; props: { text: string; label: string } }

describe('templateFromBoard', () => {
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
