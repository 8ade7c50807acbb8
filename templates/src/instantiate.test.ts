import { describe, expect, it } from 'vitest'

import { sheetSize } from '@bordduk/shared'
import { createBorddukSchema } from '@bordduk/shared/shapes'
import type { Area } from '@bordduk/shared'

import { builtInTemplates, findBuiltInTemplate } from './catalogue.ts'
import { BOARD_PAGE_ID, instantiate } from './instantiate.ts'

const schema = createBorddukSchema()

function overlaps(a: Area, b: Area): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h
}

describe('the built-in catalogue', () => {
  it('has exactly the contract ids, in gallery order', () => {
    expect(builtInTemplates.map((t) => t.id)).toEqual([
      'lup-oppstart',
      'lup-behovskartlegging',
      'lup-markedsdialog',
      'lup-ledelsesforankring',
      'tidligfase-innovasjon',
      'blank',
    ])
    expect(findBuiltInTemplate('lup-ledelsesforankring')!.sheets).toHaveLength(2)
  })

  for (const template of builtInTemplates) {
    it(`${template.id}: every section lies on its sheet, below the header, without overlapping another`, () => {
      for (const sheet of template.sheets) {
        const size = sheetSize(sheet.paper, sheet.orientation)
        for (const [i, section] of sheet.sections.entries()) {
          const { x, y, w, h } = section.area
          expect(x + w, `${section.id} right edge`).toBeLessThanOrEqual(size.w)
          expect(y + h, `${section.id} bottom edge`).toBeLessThanOrEqual(size.h)
          expect(y, `${section.id} under the header`).toBeGreaterThanOrEqual(160)
          for (const other of sheet.sections.slice(i + 1)) {
            expect(overlaps(section.area, other.area), `${section.id} overlaps ${other.id}`).toBe(false)
          }
        }
      }
    })
  }
})

describe('instantiate', () => {
  it('gives a blank board a document and one page named in the board language, and no template layer', () => {
    const blank = findBuiltInTemplate('blank')!
    const records = instantiate(blank, 'nb')
    expect(records.map((r) => r.id)).toEqual(['document:document', BOARD_PAGE_ID])
    expect(records[1]).toMatchObject({ typeName: 'page', name: 'Tom tavle' })
    expect(instantiate(blank, 'en')[1]).toMatchObject({ name: 'Blank board' })
  })

  for (const template of builtInTemplates) {
    it(`${template.id}: yields records the tldraw schema accepts, locked, in both languages`, () => {
      for (const locale of ['nb', 'en'] as const) {
        const records = instantiate(template, locale)
        for (const record of records) {
          expect(() => schema.validateRecord(null as never, record, 'initialize', null)).not.toThrow()
        }
        const shapes = records.filter((r) => r.typeName === 'shape')
        for (const shape of shapes) expect(shape).toMatchObject({ isLocked: true, meta: { template: true } })
        const sections = shapes.filter((s) => (s as { type?: string }).type === 'bd-section')
        expect(sections).toHaveLength(template.sheets.reduce((n, sheet) => n + sheet.sections.length, 0))
      }
    })
  }

  it('would notice a broken template record (the check above can fail)', () => {
    const [, , , section] = instantiate(findBuiltInTemplate('lup-oppstart')!, 'nb')
    const broken = { ...section, props: { ...(section as { props: object }).props, kind: 'bogus' } }
    expect(() => schema.validateRecord(null as never, broken as never, 'initialize', null)).toThrow(/kind/)
  })

  it('puts the sheets of a multi-sheet template side by side', () => {
    const records = instantiate(findBuiltInTemplate('lup-ledelsesforankring')!, 'nb')
    const sheets = records.filter((r) => (r as { type?: string }).type === 'bd-sheet') as unknown as {
      x: number
    }[]
    expect(sheets.map((s) => s.x)).toEqual([0, 1682 + 160])
  })

  it('is deterministic: the same records every time (snapshot)', () => {
    for (const template of builtInTemplates) {
      expect(instantiate(template, 'nb')).toEqual(instantiate(template, 'nb'))
    }
    expect(instantiate(findBuiltInTemplate('lup-behovskartlegging')!, 'nb')).toMatchSnapshot()
  })
})
