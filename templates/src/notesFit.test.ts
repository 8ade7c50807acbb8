import { describe, expect, it } from 'vitest'

import {
  MIN_READABLE_NOTE_SCALE,
  POST_IT_NOTE_SCALE,
  SECTION_SHAPE,
  SHEET_SHAPE,
  gridCapacity,
  sectionNoteAreas,
  takesNotes,
} from '@bordduk/shared/shapes'
import { LOCALES } from '@bordduk/shared'
import type { SectionShapeProps, SheetShapeProps } from '@bordduk/shared/shapes'

import { builtInTemplates } from './catalogue.ts'
import { instantiate } from './instantiate.ts'

type Shape<P> = { type: string; props: P }

// The tablecloths with a printed layer (the blank board has none).
const tablecloths = builtInTemplates.filter((t) => t.sheets.some((s) => s.sections.length > 0))

describe('notes fit the tablecloth', () => {
  for (const template of tablecloths) {
    it(`${template.id}: a readable note scale, no larger than a post-it, on every sheet`, () => {
      expect(template.noteScale).toBeGreaterThanOrEqual(MIN_READABLE_NOTE_SCALE)
      expect(template.noteScale).toBeLessThanOrEqual(POST_IT_NOTE_SCALE)
      const sheets = (instantiate(template, 'nb') as unknown as Shape<SheetShapeProps>[]).filter(
        (s) => s.type === SHEET_SHAPE,
      )
      expect(sheets.length).toBeGreaterThan(0)
      for (const sheet of sheets) expect(sheet.props.noteScale).toBe(template.noteScale)
    })

    for (const locale of LOCALES) {
      it(`${template.id} (${locale}): every section that takes notes holds at least 6 below its prompts`, () => {
        const sections = (instantiate(template, locale) as unknown as Shape<SectionShapeProps>[]).filter(
          (s) => s.type === SECTION_SHAPE && takesNotes((s.props as SectionShapeProps).kind),
        )
        expect(sections.length).toBeGreaterThan(0)
        for (const { props } of sections) {
          const cells = sectionNoteAreas(props).map((area) => gridCapacity(area, template.noteScale!).total)
          const total = cells.reduce((a, b) => a + b, 0)
          expect(total, `${props.sectionId} holds ${total}`).toBeGreaterThanOrEqual(6)
          // Every cell of a table row has room for a few notes, not just the row as a whole.
          for (const cell of cells) expect(cell, `${props.sectionId} cell`).toBeGreaterThanOrEqual(3)
        }
      })
    }
  }
})
