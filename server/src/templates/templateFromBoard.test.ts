import { describe, expect, it } from 'vitest'

import { templateSchema } from '@bordduk/shared'
import { findBuiltInTemplate, instantiate } from '@bordduk/templates'

import type { StoredRecord } from '../boards/boardDocument.ts'
import { templateFromBoard } from './templateFromBoard.ts'

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
})
