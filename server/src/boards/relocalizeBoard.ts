import type { YKeyValue } from 'y-utility/y-keyvalue'

import { pickText } from '@bordduk/shared'
import type { Locale, Template } from '@bordduk/shared'
import { HEADER_FIELD_LABELS, instantiate } from '@bordduk/templates'

import type { StoredRecord } from './boardDocument.ts'

/** The props of template shapes that hold printed text; everything else stays as it is. */
const TEXT_PROPS = [
  'toolTitle',
  'sheetTitle',
  'purpose',
  'fieldLabels',
  'columns',
  'title',
  'prompts',
  'label',
]

/**
 * Rewrites the printed texts of a board's template layer in another language, in one
 * transaction. Positions, ticks, field texts and everything participants added are kept.
 */
export function relocalizeBoard(
  records: YKeyValue<StoredRecord>,
  template: Template,
  locale: Locale,
): number {
  let changed = 0
  {
    for (const fresh of instantiate(template, locale) as unknown as StoredRecord[]) {
      const current = records.get(fresh.id) as StoredRecord | undefined
      if (!current) continue
      const next: StoredRecord = { ...current }
      if (fresh.typeName === 'document' || fresh.typeName === 'page') next.name = fresh.name
      if (fresh.typeName === 'shape') {
        const props = { ...(current.props as Record<string, unknown>) }
        for (const key of TEXT_PROPS) {
          if (key in (fresh.props as object)) props[key] = (fresh.props as Record<string, unknown>)[key]
        }
        // A board made before fields were shapes prints its field labels on the sheet; new
        // sheets have none there. Translate the old ones rather than drop them. (A field's own
        // text prop is the group's, and is never touched.)
        const oldLabels = (current.props as { fieldLabels?: unknown }).fieldLabels
        if (Array.isArray(oldLabels) && oldLabels.length > 0) props.fieldLabels = HEADER_FIELD_LABELS[locale]
        next.props = props
      }
      if (JSON.stringify(next) !== JSON.stringify(current)) {
        records.set(fresh.id, next)
        changed++
      }
    }
  }
  return changed
}

const DOCUMENT_ID = 'document:document'

/**
 * Puts the printed layer back into the board's language when something else (a version saved
 * before a language switch) brought another one back. The layer's language shows in the
 * document's name, which is the template's title in it; a title the same in both languages
 * (a custom template) leaves the layer as it is.
 */
export function keepBoardLanguage(
  records: YKeyValue<StoredRecord>,
  template: Template,
  locale: Locale,
): number {
  const name = (records.get(DOCUMENT_ID) as StoredRecord | undefined)?.name
  return name === undefined || name === pickText(template.title, locale)
    ? 0
    : relocalizeBoard(records, template, locale)
}
