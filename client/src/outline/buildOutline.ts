import type { TLNoteShape, TLShape, TLShapeId } from 'tldraw'

import { richTextToPlain } from '@bordduk/shared'
import { SECTION_SHAPE, SHEET_SHAPE, homeSection, noteCentre, takesNotes } from '@bordduk/shared/shapes'

import type { SectionShape, SheetShape } from '../shapes/templateShapeTypes.ts'

/** One sticky note as the outline lists it. */
export interface OutlineNote {
  id: TLShapeId
  text: string
  /** tldraw's colour name (`black` is drawn pale yellow); the view names it in words. */
  color: string
  /** Who last wrote its text (tldraw's attribution), if anyone. */
  authorId: string | null
}

export interface OutlineSection {
  id: TLShapeId
  number: string
  title: string
  prompts: readonly string[]
  /** Checklists and single fields take no notes: nothing can be added or moved there. */
  takesNotes: boolean
  notes: OutlineNote[]
}

export interface OutlineSheet {
  id: TLShapeId
  title: string
  sections: OutlineSection[]
}

/** The board as headings: sheets, their sections and each section's notes, and the rest. */
export interface Outline {
  sheets: OutlineSheet[]
  unplaced: OutlineNote[]
}

const byIndex = (a: TLShape, b: TLShape) => String(a.index).localeCompare(String(b.index))
/** Top to bottom, then left to right, as `answers.md` lists them. */
const byReadingOrder = (a: TLShape, b: TLShape) => a.y - b.y || a.x - b.x

/**
 * Groups a page's notes the way the server's answers export does: sheets and sections in
 * printed order, each note in the section its centre lies in (`homeSection`), the others apart.
 */
export function buildOutline(shapes: readonly TLShape[]): Outline {
  const sheets = shapes.filter((s): s is SheetShape => s.type === SHEET_SHAPE).sort(byIndex)
  const sections = shapes.filter((s): s is SectionShape => s.type === SECTION_SHAPE).sort(byIndex)
  const bySection = new Map<TLShapeId, OutlineSection>()
  const outline: Outline = {
    sheets: sheets.map((sheet) => ({
      id: sheet.id,
      title: sheet.props.sheetTitle || sheet.props.toolTitle,
      sections: sections
        .filter((s) => s.props.sheetId === sheet.props.sheetId)
        .map((s) => {
          const section: OutlineSection = {
            id: s.id,
            number: s.props.number,
            title: s.props.title,
            prompts: s.props.prompts,
            takesNotes: takesNotes(s.props.kind),
            notes: [],
          }
          bySection.set(s.id, section)
          return section
        }),
    })),
    unplaced: [],
  }
  const notes = shapes.filter((s): s is TLNoteShape => s.type === 'note').sort(byReadingOrder)
  for (const note of notes) {
    const home = homeSection(sections, noteCentre(note))
    const entry: OutlineNote = {
      id: note.id,
      text: richTextToPlain(note.props.richText),
      color: note.props.color,
      authorId: note.props.textLastEditedBy ?? null,
    }
    const target = home && bySection.get(home.id)
    if (target) target.notes.push(entry)
    else outline.unplaced.push(entry)
  }
  return outline
}

/** The section holding a note in `outline`, if any. */
export function sectionOfNote(outline: Outline, noteId: TLShapeId): OutlineSection | undefined {
  for (const sheet of outline.sheets)
    for (const section of sheet.sections) if (section.notes.some((n) => n.id === noteId)) return section
  return undefined
}
