import type { Editor } from 'tldraw'

import { SHEET_SHAPE } from '@bordduk/shared/shapes'

/** Space kept around what the camera fits, so tldraw's menu and style panels do not cover it. */
export const FIT_INSET = 56

/** Opens the board with the camera on its first sheet, as the group would see it on the table. */
export function fitFirstSheet(editor: Editor): void {
  const sheets = editor
    .getCurrentPageShapes()
    .filter((shape) => shape.type === SHEET_SHAPE)
    .sort((a, b) => a.x - b.x)
  const first = sheets[0] && editor.getShapePageBounds(sheets[0])
  if (first) editor.zoomToBounds(first, { inset: FIT_INSET })
}
