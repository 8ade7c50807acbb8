import type { SectionKind } from '../schemas/template.ts'
import { TABLE_LABEL_WIDTH } from '../shapes/templateShapes.ts'
import { estimateTextLines } from './estimateTextLines.ts'

/** A rectangle in a section's own coordinates (canvas units from its top-left corner). */
export interface Rect {
  x: number
  y: number
  w: number
  h: number
}

/**
 * The section's printed geometry, in canvas units. `client/src/shapes/templateShapes.css`
 * draws with the same numbers; the e2e test `notes.spec.ts` measures the real text against
 * the notes area computed here.
 */
export const SECTION_METRICS = {
  border: 3,
  padTop: 16,
  padX: 20,
  numberSize: 44,
  headingGap: 12,
  titleFont: 24,
  titleLineHeight: 1.2,
  titlePadTop: 4,
  /** Content narrower than this stacks the number above the title, in a smaller font. */
  narrowContent: 240,
  narrowTitleFont: 22,
  narrowGap: 8,
  promptMargin: 8,
  promptFont: 17,
  promptLineHeight: 1.3,
  promptIndent: 22,
  /**
   * The "Rydd" button floats at the top right of a wide section's title, which wraps beside
   * it and, below it, uses the full width.
   */
  tidyButtonWidth: 80,
  tidyButtonHeight: 40,
  /** It rises this far into the padding above the title, so only the title's first line is shortened. */
  tidyButtonRise: 12,
  tidyButtonGap: 8,
  /** Space between the last prompt and the notes area, where a faint line is drawn. */
  bandGap: 8,
  /** Distance of notes from the section's border at the sides and bottom. */
  notesInset: 12,
  /** A timeline lane's axis along its bottom edge, kept clear of notes. */
  timelineAxis: 16,
} as const

/** Section kinds that take notes; checklists and single fields do not. */
export function takesNotes(kind: SectionKind): boolean {
  return kind === 'free' || kind === 'timeline' || kind === 'tableRow'
}

interface SectionText {
  w: number
  h: number
  title: string
  prompts: readonly string[]
  kind: SectionKind
  columns: number
}

/**
 * Where notes go in a section: below its heading and prompts, inside its border. A table row
 * has one area per column cell; a section that takes no notes has none.
 */
export function sectionNoteAreas(section: SectionText): Rect[] {
  const m = SECTION_METRICS
  if (!takesNotes(section.kind)) return []
  if (section.kind === 'tableRow') {
    const columns = Math.max(1, section.columns)
    const left = m.border + TABLE_LABEL_WIDTH
    const cellW = (section.w - m.border - left) / columns
    return Array.from({ length: columns }, (_, i) =>
      inset({ x: left + i * cellW, y: m.border, w: cellW, h: section.h - 2 * m.border }, m.notesInset),
    )
  }
  const top = notesTop(section)
  const bottom = section.h - m.border - m.notesInset - (section.kind === 'timeline' ? m.timelineAxis : 0)
  const x = m.border + m.notesInset
  return [{ x, y: top, w: section.w - 2 * x, h: Math.max(0, bottom - top) }]
}

/** Distance from a section's top edge to the top of its notes area (below the prompts). */
export function notesTop(section: Pick<SectionText, 'w' | 'title' | 'prompts'>): number {
  const m = SECTION_METRICS
  const content = section.w - 2 * (m.border + m.padX)
  const narrow = content <= m.narrowContent
  const titleWidth = content - m.numberSize - m.headingGap
  const titleLine = m.titleFont * m.titleLineHeight
  const besideButton = (line: number) =>
    line * titleLine < m.tidyButtonHeight - m.tidyButtonRise
      ? titleWidth - m.tidyButtonWidth - m.tidyButtonGap
      : titleWidth
  const heading = narrow
    ? m.numberSize +
      m.narrowGap +
      estimateTextLines(section.title, m.narrowTitleFont, content, { bold: true }) *
        m.narrowTitleFont *
        m.titleLineHeight
    : Math.max(
        m.numberSize,
        m.titlePadTop +
          estimateTextLines(section.title, m.titleFont, besideButton, { bold: true }) * titleLine,
      )
  const promptWidth = content - m.promptIndent
  const promptLines = section.prompts.reduce(
    (sum, prompt) => sum + estimateTextLines(prompt, m.promptFont, promptWidth),
    0,
  )
  const prompts =
    section.prompts.length > 0 ? m.promptMargin + promptLines * m.promptFont * m.promptLineHeight : 0
  return Math.ceil(m.border + m.padTop + heading + prompts + m.bandGap)
}

function inset(rect: Rect, by: number): Rect {
  return { x: rect.x + by, y: rect.y + by, w: rect.w - 2 * by, h: rect.h - 2 * by }
}

/**
 * The notes area a point of the section (in its own coordinates) belongs to: the one cell
 * of a table row whose column holds it (the label cell counts as the first column), else the
 * section's single area.
 */
export function noteAreaIndexAt(areas: readonly Rect[], localX: number): number {
  if (areas.length <= 1) return 0
  for (let i = areas.length - 1; i > 0; i--) {
    const cellLeft = areas[i]!.x - SECTION_METRICS.notesInset
    if (localX >= cellLeft) return i
  }
  return 0
}
