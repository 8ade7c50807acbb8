import { DocumentRecordType, PageRecordType, TLDOCUMENT_ID } from '@tldraw/tlschema'
import type { TLPage, TLPageId, TLRecord } from '@tldraw/tlschema'

import type { Locale, Template } from '@bordduk/shared'

/** The id of the single page every board has; sheets are laid out side by side on it. */
export const BOARD_PAGE_ID = 'page:board' as TLPageId

/**
 * The tldraw records a new board starts with. Pure and deterministic, so every board made
 * from one template starts identical, whichever process created it.
 */
export function instantiate(template: Template, locale: Locale): TLRecord[] {
  const document = DocumentRecordType.create({ id: TLDOCUMENT_ID, name: template.title[locale] })
  const page = PageRecordType.create({
    id: BOARD_PAGE_ID,
    name: template.title[locale],
    index: 'a1' as TLPage['index'],
  })
  return [document, page]
}
