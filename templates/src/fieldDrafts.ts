import { FIELD_SHAPE, HEADER_FIELD_IDS, headerFieldAreas } from '@bordduk/shared/shapes'
import type { Area, Locale, TemplateSheet } from '@bordduk/shared'
import type { FieldShapeProps } from '@bordduk/shared/shapes'

import { at, templateShapeId } from './instantiate.ts'
import type { ShapeDraft } from './instantiate.ts'
import { HEADER_FIELD_LABELS } from './sheetTexts.ts'

/** Room a field section keeps above its field for the title and the prompt. */
const FIELD_SECTION_HEADING_H = 100
const FIELD_SECTION_INSET = 20
/** Below this height a field section has no room for a field: notes go there instead. */
const MIN_FIELD_H = 36

/**
 * The fields of a sheet that a group writes in: the header's (the procurement, date and
 * participants) and one in each `field` section, under its title. They start empty. Their ids
 * hold `_`, which template ids never do, so they cannot collide with a section's or an item's.
 */
export function fieldDrafts(
  sheet: TemplateSheet,
  sheetW: number,
  locale: Locale,
  left: number,
): ShapeDraft[] {
  const header = headerFieldAreas(sheetW).map((area, i) =>
    draft(templateShapeId(sheet.id, '_field', HEADER_FIELD_IDS[i]!), area, left, {
      sheetId: sheet.id,
      fieldId: HEADER_FIELD_IDS[i]!,
      label: HEADER_FIELD_LABELS[locale][i] ?? '',
      showLabel: true,
    }),
  )
  const inSections = sheet.sections.flatMap((section) => {
    const { x, y, w, h } = section.area
    const area = {
      x: x + FIELD_SECTION_INSET,
      y: y + FIELD_SECTION_HEADING_H,
      w: w - 2 * FIELD_SECTION_INSET,
      h: h - FIELD_SECTION_HEADING_H - FIELD_SECTION_INSET * 0.6,
    }
    if (section.kind !== 'field' || area.h < MIN_FIELD_H || area.w <= 0) return []
    return [
      draft(templateShapeId(sheet.id, section.id, '_field'), area, left, {
        sheetId: sheet.id,
        fieldId: section.id,
        label: section.title[locale],
        // The section's title names the field on paper; no caption of its own.
        showLabel: false,
      }),
    ]
  })
  return [...header, ...inSections]
}

function draft(
  id: string,
  area: Area,
  left: number,
  props: Omit<FieldShapeProps, 'w' | 'h' | 'text'>,
): ShapeDraft {
  const full: FieldShapeProps = { w: area.w, h: area.h, ...props, text: '' }
  return { id, type: FIELD_SHAPE, ...at(left, area), props: full }
}
