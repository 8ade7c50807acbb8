import { richTextToPlain } from '@bordduk/shared'
import type { VoteCounts } from '@bordduk/shared'
import {
  CHECK_SHAPE,
  FIELD_SHAPE,
  SECTION_SHAPE,
  SHEET_SHAPE,
  TABLE_LABEL_WIDTH,
  homeSection,
  noteCentre,
} from '@bordduk/shared/shapes'
import type {
  CheckShapeProps,
  FieldShapeProps,
  SectionShapeProps,
  SheetShapeProps,
} from '@bordduk/shared/shapes'

import type { StoredRecord } from '../boards/boardDocument.ts'

/** A sticky note, or a text shape written straight on the sheet. */
export interface AnswerNote {
  kind: 'note' | 'text'
  text: string
  /** tldraw's colour name; `null` for a text shape (its colour is not an answer). */
  color: string | null
  author: string | null
  /** In a table row: the heading of the column whose cell holds it. */
  column: string | null
  /** Dots it got in the board's vote (only when the board shows vote counts). */
  votes?: number
}

/** A checklist item of the printed layer. */
export interface AnswerCheck {
  label: string
  checked: boolean
}

/** A field of the printed layer and what the group wrote in it. */
export interface AnswerField {
  label: string
  text: string
}

export interface AnswerSection {
  sectionId: string
  number: string
  title: string
  prompts: string[]
  /** Column headings of a table row, in printed order; empty for other sections. */
  columns: string[]
  fields: AnswerField[]
  checks: AnswerCheck[]
  notes: AnswerNote[]
}

export interface AnswerSheet {
  sheetId: string
  title: string
  /** The header's fields ("Anskaffelse", "Dato og deltakere"). */
  fields: AnswerField[]
  sections: AnswerSection[]
}

/** What a board's sheets show, section by section, plus the notes and texts outside every section. */
export interface Answers {
  sheets: AnswerSheet[]
  unplaced: AnswerNote[]
  /** The board shows vote counts (live or revealed): every sticky note carries `votes`. */
  voted?: boolean
}

interface Rect {
  x: number
  y: number
  w: number
  h: number
}

type Point = { x: number; y: number }
type ShapeRecord<P> = StoredRecord & { type: string; x: number; y: number; props: P }
type Section = ShapeRecord<SectionShapeProps>

/** How many of a section's notes are sticky notes (not text shapes): the count a group looks at. */
export function noteCount(section: AnswerSection): number {
  return section.notes.filter((n) => n.kind === 'note').length
}

/**
 * Reads what a board's sheets show straight from its records: the header's fields, and per
 * section its fields, checklist items (ticked or not), sticky notes and text shapes. A note
 * or text belongs to the section its centre lies in, wherever it was first put; in a table
 * row, also to the column of the cell it lies in. Sheets and sections keep their printed order.
 */
export function collectAnswers(records: readonly StoredRecord[], voteCounts?: VoteCounts | null): Answers {
  // The records were validated on their way in (and again by the room when read).
  const shapes = records.filter((r) => r.typeName === 'shape') as ShapeRecord<never>[]
  const ofType = <P>(type: string) => shapes.filter((s) => s.type === type) as unknown as ShapeRecord<P>[]
  const byIndex = (a: StoredRecord, b: StoredRecord) => String(a.index).localeCompare(String(b.index))
  const userNames = new Map(
    records
      .filter((r) => r.typeName === 'user')
      .map((r) => [String(r.id).slice('user:'.length), String(r.name)]),
  )

  const sheets = ofType<SheetShapeProps>(SHEET_SHAPE).sort(byIndex)
  const sections = ofType<SectionShapeProps>(SECTION_SHAPE).sort(byIndex)
  const headingsOf = new Map(sheets.map((s) => [s.props.sheetId, s.props.columns]))
  const answerSections = new Map<string, AnswerSection>()
  const result: Answers = {
    sheets: sheets.map((sheet) => ({
      sheetId: sheet.props.sheetId,
      title: sheet.props.sheetTitle || sheet.props.toolTitle,
      fields: [],
      sections: sections
        .filter((s) => s.props.sheetId === sheet.props.sheetId)
        .map((s) => {
          const answer: AnswerSection = {
            sectionId: s.props.sectionId,
            number: s.props.number,
            title: s.props.title,
            prompts: s.props.prompts,
            columns:
              s.props.kind === 'tableRow' ? columnHeadings(s, headingsOf.get(s.props.sheetId) ?? []) : [],
            fields: [],
            checks: [],
            notes: [],
          }
          answerSections.set(s.id, answer)
          return answer
        }),
    })),
    unplaced: [],
    ...(voteCounts ? { voted: true } : {}),
  }
  const sheetOf = new Map(result.sheets.map((s) => [s.sheetId, s]))
  // The outline view in the browser groups notes by the same shared rule.
  const home = (point: Point) => homeSection(sections, point)

  for (const field of ofType<FieldShapeProps>(FIELD_SHAPE).sort(byReadingOrder)) {
    const answer = { label: field.props.label, text: field.props.text }
    const section = home(centreOf(rectOf(field)))
    if (section) answerSections.get(section.id)?.fields.push(answer)
    else sheetOf.get(field.props.sheetId)?.fields.push(answer)
  }
  for (const check of ofType<CheckShapeProps>(CHECK_SHAPE).sort(byReadingOrder)) {
    const section = home(centreOf(rectOf(check)))
    if (section)
      answerSections.get(section.id)?.checks.push({ label: check.props.label, checked: check.props.checked })
  }

  const written = shapes.filter((s) => s.type === 'note' || s.type === 'text').sort(byReadingOrder)
  for (const shape of written) {
    const props = shape.props as {
      richText?: unknown
      color?: string
      scale?: number
      growY?: number
      w?: number
      textLastEditedBy?: string
    }
    const centre = noteCentre({ type: shape.type, x: shape.x, y: shape.y, props })
    const section = home(centre)
    const answer: AnswerNote = {
      kind: shape.type === 'note' ? 'note' : 'text',
      text: richTextToPlain(props.richText),
      color: shape.type === 'note' ? (props.color ?? 'yellow') : null,
      author: userNames.get(String(props.textLastEditedBy)) ?? null,
      column: section ? columnAt(section, answerSections.get(section.id)?.columns ?? [], centre.x) : null,
      ...(voteCounts && shape.type === 'note' ? { votes: voteCounts[shape.id] ?? 0 } : {}),
    }
    const target = section ? answerSections.get(section.id) : undefined
    if (target) target.notes.push(answer)
    else result.unplaced.push(answer)
  }
  return result
}

/** A table row's column headings: the sheet's, one per cell the row draws (numbered if it has more). */
function columnHeadings(row: Section, sheetHeadings: string[]): string[] {
  const count = Math.max(1, row.props.columns)
  return Array.from({ length: count }, (_, i) => sheetHeadings[i] ?? String(i + 1))
}

/**
 * The heading of the cell of a table row that `x` lies in. The row draws a label cell of
 * TABLE_LABEL_WIDTH, then its columns side by side in equal widths; a note on the label
 * cell is in no column.
 */
function columnAt(row: Section, headings: string[], x: number): string | null {
  if (row.props.kind !== 'tableRow' || headings.length === 0) return null
  const cellsLeft = row.x + TABLE_LABEL_WIDTH
  if (x < cellsLeft) return null
  const cellW = (row.props.w - TABLE_LABEL_WIDTH) / headings.length
  const i = Math.min(headings.length - 1, Math.floor((x - cellsLeft) / cellW))
  return headings[i]!
}

function rectOf(shape: ShapeRecord<{ w: number; h: number }>): Rect {
  return { x: shape.x, y: shape.y, w: shape.props.w, h: shape.props.h }
}

function centreOf(rect: Rect): Point {
  return { x: rect.x + rect.w / 2, y: rect.y + rect.h / 2 }
}

/** Top to bottom, then left to right: the order a person reads a section in. */
function byReadingOrder(a: Point, b: Point): number {
  return a.y - b.y || a.x - b.x
}
