import { richTextToPlain } from '@bordduk/shared'
import { SECTION_SHAPE, SHEET_SHAPE } from '@bordduk/shared/shapes'
import type { SectionShapeProps, SheetShapeProps } from '@bordduk/shared/shapes'

import type { StoredRecord } from '../boards/boardDocument.ts'

/** tldraw's note is 200 units square at scale 1, growing downwards with its text. */
const NOTE_SIZE = 200

export interface AnswerNote {
  text: string
  color: string
  author: string | null
}

export interface AnswerSection {
  sectionId: string
  number: string
  title: string
  prompts: string[]
  notes: AnswerNote[]
}

export interface AnswerSheet {
  sheetId: string
  title: string
  sections: AnswerSection[]
}

/** The board's notes grouped by sheet and section, plus those outside every section. */
export interface Answers {
  sheets: AnswerSheet[]
  unplaced: AnswerNote[]
}

interface Rect {
  x: number
  y: number
  w: number
  h: number
}

type ShapeRecord<P> = StoredRecord & { type: string; x: number; y: number; props: P }

/**
 * Reads the notes straight from a board's Y.Doc: a note belongs to the section its centre
 * lies in, wherever it was first put. Sheets and sections keep their printed order.
 */
export function collectAnswers(records: readonly StoredRecord[]): Answers {
  // The records were validated on their way in (and again by the room when read).
  const shapes = records.filter((r) => r.typeName === 'shape') as ShapeRecord<never>[]
  const byIndex = (a: StoredRecord, b: StoredRecord) => String(a.index).localeCompare(String(b.index))
  const userNames = new Map(
    records
      .filter((r) => r.typeName === 'user')
      .map((r) => [String(r.id).slice('user:'.length), String(r.name)]),
  )

  const sheets = (
    shapes.filter((s) => s.type === SHEET_SHAPE) as unknown as ShapeRecord<SheetShapeProps>[]
  ).sort(byIndex)
  const sections = (
    shapes.filter((s) => s.type === SECTION_SHAPE) as unknown as ShapeRecord<SectionShapeProps>[]
  ).sort(byIndex)
  const answerSections = new Map<string, AnswerSection>()
  const result: Answers = {
    sheets: sheets.map((sheet) => ({
      sheetId: sheet.props.sheetId,
      title: sheet.props.sheetTitle || sheet.props.toolTitle,
      sections: sections
        .filter((s) => s.props.sheetId === sheet.props.sheetId)
        .map((s) => {
          const answer: AnswerSection = {
            sectionId: s.props.sectionId,
            number: s.props.number,
            title: s.props.title,
            prompts: s.props.prompts,
            notes: [],
          }
          answerSections.set(s.id, answer)
          return answer
        }),
    })),
    unplaced: [],
  }

  const notes = shapes.filter((s) => s.type === 'note').sort(byReadingOrder)
  for (const note of notes) {
    const props = note.props as { richText?: unknown; color?: string; scale?: number; growY?: number }
    const answer: AnswerNote = {
      text: richTextToPlain(props.richText),
      color: props.color ?? 'yellow',
      author: userNames.get(String((note.props as { textLastEditedBy?: string }).textLastEditedBy)) ?? null,
    }
    const scale = props.scale ?? 1
    const centre = {
      x: note.x + (NOTE_SIZE * scale) / 2,
      y: note.y + ((NOTE_SIZE + (props.growY ?? 0)) * scale) / 2,
    }
    const home = sections.find((s) => contains({ x: s.x, y: s.y, w: s.props.w, h: s.props.h }, centre))
    const target = home ? answerSections.get(home.id) : undefined
    if (target) target.notes.push(answer)
    else result.unplaced.push(answer)
  }
  return result
}

function contains(rect: Rect, point: { x: number; y: number }): boolean {
  return point.x >= rect.x && point.x < rect.x + rect.w && point.y >= rect.y && point.y < rect.y + rect.h
}

/** Top to bottom, then left to right: the order a person reads a section in. */
function byReadingOrder(a: { x: number; y: number }, b: { x: number; y: number }): number {
  return a.y - b.y || a.x - b.x
}
