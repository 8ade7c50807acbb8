import type { Editor, TLShape } from 'tldraw'

import { SHEET_SHAPE } from '@bordduk/shared/shapes'
import type { SheetShapeProps } from '@bordduk/shared/shapes'

import { printableSvg } from './printableSvg.ts'

/** One printable sheet: its title, its size in canvas units, and tldraw's own SVG of it, made printable. */
export interface ExportedSheet {
  title: string
  w: number
  h: number
  svg: string
}

/**
 * Renders each sheet of the board with tldraw's SVG export (rich text stays text, inside
 * `<foreignObject>`), clipped to the sheet. A board without sheets is one page of all it holds.
 */
export async function exportSheets(editor: Editor, boardTitle: string): Promise<ExportedSheet[]> {
  const shapes = editor.getCurrentPageShapes()
  const sheets = shapes
    .filter((s): s is TLShape & { props: SheetShapeProps } => s.type === SHEET_SHAPE)
    .sort((a, b) => a.x - b.x)
  const regions =
    sheets.length > 0
      ? sheets.map((sheet) => ({
          title: sheet.props.sheetTitle || sheet.props.toolTitle,
          bounds: editor.getShapePageBounds(sheet)!,
        }))
      : [{ title: boardTitle, bounds: editor.getCurrentPageBounds() }]
  const result: ExportedSheet[] = []
  for (const { title, bounds } of regions) {
    if (!bounds) continue
    const inside = shapes.filter((s) => {
      const b = editor.getShapePageBounds(s)
      return (
        b && b.midX >= bounds.minX && b.midX <= bounds.maxX && b.midY >= bounds.minY && b.midY <= bounds.maxY
      )
    })
    const exported = await editor.getSvgString(inside, {
      bounds,
      padding: 0,
      background: true,
      darkMode: false,
    })
    if (exported) result.push({ title, w: bounds.w, h: bounds.h, svg: printableSvg(exported.svg) })
  }
  return result
}
