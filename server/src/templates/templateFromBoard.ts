import { PAPER_SIZES, sheetSize } from '@bordduk/shared'
import type { LocalizedText, PaperSize, TemplateInput } from '@bordduk/shared'
import { CHECK_SHAPE, SECTION_SHAPE, SHEET_SHAPE } from '@bordduk/shared/shapes'
import type { CheckShapeProps, SectionShapeProps, SheetShapeProps } from '@bordduk/shared/shapes'

import type { StoredRecord } from '../boards/boardDocument.ts'

type Shape<P> = StoredRecord & { x: number; y: number; props: P }

/** A text written in one language; until someone translates it, it stands in for every language. */
const both = (text: string): LocalizedText => ({ nb: text, nn: text, en: text, sv: text })

/** The paper and orientation whose size matches a sheet, A1 landscape when none does. */
function paperOf(w: number, h: number): { paper: PaperSize; orientation: 'landscape' | 'portrait' } {
  for (const paper of PAPER_SIZES) {
    for (const orientation of ['landscape', 'portrait'] as const) {
      const size = sheetSize(paper, orientation)
      if (Math.abs(size.w - w) < 1 && Math.abs(size.h - h) < 1) return { paper, orientation }
    }
  }
  return { paper: 'A1', orientation: 'landscape' }
}

/**
 * A template made from a board's printed layer as it stands now, including a facilitator's
 * changes to it: sheets, sections (moved, resized, renamed) and checklist items.
 */
export function templateFromBoard(
  records: readonly StoredRecord[],
  meta: { id: string; title: string; description: string },
): TemplateInput {
  const shapes = records as Shape<unknown>[]
  const ofType = <P>(type: string) => shapes.filter((s) => s.type === type) as Shape<P>[]
  const sheets = ofType<SheetShapeProps>(SHEET_SHAPE).sort((a, b) => a.x - b.x)
  const sections = ofType<SectionShapeProps>(SECTION_SHAPE)
  const checks = ofType<CheckShapeProps>(CHECK_SHAPE)

  const templateSheets = sheets.map((sheet) => ({
    id: sheet.props.sheetId,
    title: both(sheet.props.sheetTitle || sheet.props.toolTitle || meta.title),
    ...paperOf(sheet.props.w, sheet.props.h),
    columns: sheet.props.columns.map(both),
    decoration: sheet.props.decoration,
    sections: sections
      .filter((s) => s.props.sheetId === sheet.props.sheetId)
      .sort((a, b) => a.y - b.y || a.x - b.x)
      .map((s) => {
        const area = { x: s.x - sheet.x, y: s.y - sheet.y, w: s.props.w, h: s.props.h }
        const inside = checks.filter(
          (c) =>
            c.props.sheetId === sheet.props.sheetId &&
            c.x >= s.x &&
            c.x < s.x + area.w &&
            c.y >= s.y &&
            c.y < s.y + area.h,
        )
        return {
          id: s.props.sectionId,
          ...(s.props.number ? { number: s.props.number } : {}),
          title: both(s.props.title),
          prompts: s.props.prompts.map(both),
          kind: s.props.kind,
          area,
          items: inside
            .sort((a, b) => a.y - b.y)
            .map((c) => ({ id: c.props.itemId, label: both(c.props.label) })),
        }
      }),
  }))
  const purpose = sheets[0]?.props.purpose
  const noteScale = sheets[0]?.props.noteScale
  return {
    id: meta.id,
    title: both(meta.title),
    description: both(meta.description || meta.title),
    ...(purpose ? { purpose: both(purpose) } : {}),
    // Notes on boards made from the saved template keep the size they had on this one.
    ...(noteScale ? { noteScale } : {}),
    sheets: templateSheets.length > 0 ? templateSheets : [{ id: 'sheet-1', title: both(meta.title) }],
  }
}
