import { T } from '@tldraw/validate'

import { SECTION_KINDS } from '../schemas/template.ts'
import type { SectionKind } from '../schemas/template.ts'

/**
 * The tldraw shapes of the template layer. Their props are declared here, once, because the
 * server writes these records when it instantiates a template and the client draws them:
 * both must validate them the same way.
 */
export const SHEET_SHAPE = 'bd-sheet'
export const SECTION_SHAPE = 'bd-section'
export const CHECK_SHAPE = 'bd-check'
export const FIELD_SHAPE = 'bd-field'

/** The longest text a field holds: a name, a date and a list of people, not an essay. */
export const FIELD_TEXT_MAX_CHARS = 500
// eslint-disable-next-line no-control-regex -- these are exactly what it looks for
const CONTROL_CHARS = /[\u0000-\u0008\u000B-\u001F\u007F]/g

/**
 * What the server accepts as a field's text, made from what a person typed or pasted: other
 * control characters (a form feed from a word processor) dropped, cut at the length limit.
 */
export function toFieldText(raw: string): string {
  return raw.replace(CONTROL_CHARS, '').slice(0, FIELD_TEXT_MAX_CHARS)
}

/** Width of the label cell at the left of a table row (and of the empty corner above it). */
export const TABLE_LABEL_WIDTH = 300

/** A printed sheet: border, header band with the tool's name and purpose, and fields to fill in. */
export interface SheetShapeProps {
  w: number
  h: number
  sheetId: string
  toolTitle: string
  sheetTitle: string
  purpose: string
  /** Labels of the free fields in the header ("Anskaffelse", "Dato og deltakere"). */
  fieldLabels: string[]
  /** Column headings of a table-shaped sheet, drawn above its rows. */
  columns: string[]
  decoration: 'none' | 'path-arrow'
  /** Scale of the notes made on this board (the template's `noteScale`); absent on older boards. */
  noteScale?: number
}

/** One section: number, title and guiding prompts above free space for notes. */
export interface SectionShapeProps {
  w: number
  h: number
  sheetId: string
  sectionId: string
  number: string
  title: string
  prompts: string[]
  kind: SectionKind
  /** For table rows: how many columns to divide the row into. */
  columns: number
}

/** One tickable checklist item. */
export interface CheckShapeProps {
  w: number
  h: number
  sheetId: string
  itemId: string
  label: string
  checked: boolean
}

/** A field of the printed layer ("Anskaffelse", "Dato og deltakere") that participants fill in. */
export interface FieldShapeProps {
  w: number
  h: number
  sheetId: string
  fieldId: string
  /** What the field asks for; also its accessible name. */
  label: string
  /** False for a field inside a section: the section's title already names it on paper. */
  showLabel: boolean
  /** What the group wrote: plain text, the one prop participants may change. */
  text: string
}

export const sheetShapeProps = {
  w: T.positiveNumber,
  h: T.positiveNumber,
  sheetId: T.string,
  toolTitle: T.string,
  sheetTitle: T.string,
  purpose: T.string,
  fieldLabels: T.arrayOf(T.string),
  columns: T.arrayOf(T.string),
  decoration: T.literalEnum('none', 'path-arrow'),
  noteScale: T.positiveNumber.optional(),
}

export const sectionShapeProps = {
  w: T.positiveNumber,
  h: T.positiveNumber,
  sheetId: T.string,
  sectionId: T.string,
  number: T.string,
  title: T.string,
  prompts: T.arrayOf(T.string),
  kind: T.literalEnum(...SECTION_KINDS),
  columns: T.positiveInteger,
}

export const checkShapeProps = {
  w: T.positiveNumber,
  h: T.positiveNumber,
  sheetId: T.string,
  itemId: T.string,
  label: T.string,
  checked: T.boolean,
}

export const fieldShapeProps = {
  w: T.positiveNumber,
  h: T.positiveNumber,
  sheetId: T.string,
  fieldId: T.string,
  label: T.string,
  showLabel: T.boolean,
  text: T.string.check('field-text', (text) => {
    if (text.length > FIELD_TEXT_MAX_CHARS) {
      throw new Error(`field text is longer than ${FIELD_TEXT_MAX_CHARS} characters`)
    }
    // What a textarea yields: lines and tabs, no other control characters.
    if (text !== text.replace(CONTROL_CHARS, '')) throw new Error('field text holds control characters')
  }),
}

/** Schema entries for `createTLSchema({ shapes })`. */
export const templateShapeSchemas = {
  [SHEET_SHAPE]: { props: sheetShapeProps },
  [SECTION_SHAPE]: { props: sectionShapeProps },
  [CHECK_SHAPE]: { props: checkShapeProps },
  [FIELD_SHAPE]: { props: fieldShapeProps },
}
