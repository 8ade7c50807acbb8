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

/** Schema entries for `createTLSchema({ shapes })`. */
export const templateShapeSchemas = {
  [SHEET_SHAPE]: { props: sheetShapeProps },
  [SECTION_SHAPE]: { props: sectionShapeProps },
  [CHECK_SHAPE]: { props: checkShapeProps },
}
