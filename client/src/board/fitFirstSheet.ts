import type { Editor } from 'tldraw'

import { SHEET_SHAPE } from '@bordduk/shared/shapes'

/** Opens the board with the camera on its first sheet, as the group would see it on the table. */
export function fitFirstSheet(editor: Editor): void {
  const sheets = editor
    .getCurrentPageShapes()
    .filter((shape) => shape.type === SHEET_SHAPE)
    .sort((a, b) => a.x - b.x)
  const first = sheets[0] && editor.getShapePageBounds(sheets[0])
  // The inset keeps the sheet's header clear of tldraw's menu and style panels.
  if (first) editor.zoomToBounds(first, { inset: 56 })
}
