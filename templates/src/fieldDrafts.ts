import { FIELD_SHAPE, HEADER_FIELD_IDS, headerFieldAreas } from '@bordduk/shared/shapes'
import { pickText } from '@bordduk/shared'
import type { Area, Locale, TemplateSheet } from '@bordduk/shared'
import type { FieldShapeProps } from '@bordduk/shared/shapes'

import { at, templateShapeId } from './instantiate.ts'
import type { ShapeDraft } from './instantiate.ts'
import { HEADER_FIELD_LABELS } from './sheetTexts.ts'

/**
 * Share of a field section's width its title and prompt keep on the left (the section's CSS
 * limits them to 40%); the field fills the rest, so a low band such as Oppstart's centre
 * "Anskaffelsen" still has room to write in.
 */
const FIELD_SECTION_LABEL_SHARE = 0.42
const FIELD_SECTION_INSET = 14
/** Below this size a field section has no room for a field. */
const MIN_FIELD_H = 36

/**
 * The fields of a sheet that a group writes in: the header's (the procurement, date and
 * participants) and one in each `field` section, beside its title. They start empty. Their ids
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
    const labelW = Math.round(w * FIELD_SECTION_LABEL_SHARE)
    const area = {
      x: x + labelW,
      y: y + FIELD_SECTION_INSET,
      w: w - labelW - FIELD_SECTION_INSET,
      h: h - 2 * FIELD_SECTION_INSET,
    }
    if (section.kind !== 'field' || area.h < MIN_FIELD_H || area.w <= 0) return []
    return [
      draft(templateShapeId(sheet.id, section.id, '_field'), area, left, {
        sheetId: sheet.id,
        fieldId: section.id,
        label: pickText(section.title, locale),
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
