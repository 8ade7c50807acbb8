import { describe, expect, it } from 'vitest'

import { LOCALES, sheetSize } from '@bordduk/shared'
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
    it(`${template.id}: yields records the tldraw schema accepts, locked, in every language`, () => {
      for (const locale of LOCALES) {
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

  it('gives every sheet two empty header fields inside its header band, labels in the board language', () => {
    for (const template of builtInTemplates.filter((t) => t.id !== 'blank')) {
      const records = instantiate(template, 'en') as unknown as {
        type?: string
        x: number
        y: number
        props: { w: number; h: number; sheetId: string; label: string; text: string; fieldLabels?: string[] }
      }[]
      for (const sheet of records.filter((r) => r.type === 'bd-sheet')) {
        expect(sheet.props.fieldLabels).toEqual([])
        const fields = records.filter(
          (r) => r.type === 'bd-field' && r.props.sheetId === sheet.props.sheetId && r.y < 160,
        )
        expect(fields.map((f) => [f.props.label, f.props.text])).toEqual([
          ['Procurement', ''],
          ['Date and participants', ''],
        ])
        for (const f of fields) {
          expect(f.x).toBeGreaterThan(sheet.x + sheet.props.w / 2)
          expect(f.x + f.props.w).toBeLessThan(sheet.x + sheet.props.w)
          expect(f.y + f.props.h).toBeLessThanOrEqual(160)
        }
      }
    }
  })

  it("puts a field inside each 'field' section, beside its title, named by it", () => {
    const records = instantiate(findBuiltInTemplate('lup-oppstart')!, 'nb') as unknown as {
      id: string
      x: number
      y: number
      props: { w: number; h: number; label: string; showLabel: boolean }
    }[]
    const section = records.find((r) => r.id === 'shape:tpl-oppstart-anskaffelsen')!
    const field = records.find((r) => r.id === 'shape:tpl-oppstart-anskaffelsen-_field')!
    expect(field.props).toMatchObject({ label: 'Anskaffelsen', showLabel: false })
    // The title and prompt keep the left 40% of the band.
    expect(field.x).toBeGreaterThanOrEqual(section.x + section.props.w * 0.4)
    expect(field.y).toBeGreaterThan(section.y)
    expect(field.x + field.props.w).toBeLessThan(section.x + section.props.w)
    expect(field.y + field.props.h).toBeLessThanOrEqual(section.y + section.props.h)
    // Drawn above its section, so it can be clicked.
    expect(records.indexOf(field)).toBeGreaterThan(records.indexOf(section))
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
