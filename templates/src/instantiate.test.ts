import { describe, expect, it } from 'vitest'

import { findBuiltInTemplate } from './catalogue.ts'
import { BOARD_PAGE_ID, instantiate } from './instantiate.ts'

describe('instantiate', () => {
  it('gives a blank board a document and one page named in the board language', () => {
    const blank = findBuiltInTemplate('blank')!
    const records = instantiate(blank, 'nb')
    expect(records.map((r) => r.id)).toEqual(['document:document', BOARD_PAGE_ID])
    expect(records[1]).toMatchObject({ typeName: 'page', name: 'Tom tavle' })
    expect(instantiate(blank, 'en')[1]).toMatchObject({ name: 'Blank board' })
  })

  it('is deterministic', () => {
    const blank = findBuiltInTemplate('blank')!
    expect(instantiate(blank, 'nb')).toEqual(instantiate(blank, 'nb'))
  })
})
