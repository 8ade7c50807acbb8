import { Box } from 'tldraw'
import type { Editor } from 'tldraw'

import { SHEET_SHAPE } from '@bordduk/shared/shapes'

/** Screen pixels kept free around the board, so a sheet's edge never touches the tile's. */
const INSET_PX = 12

/** The board's sheets, side by side as laid out; a board without sheets shows all it has. */
function boardBounds(editor: Editor): Box | undefined {
  const sheets = editor
    .getCurrentPageShapes()
    .filter((shape) => shape.type === SHEET_SHAPE)
    .map((shape) => editor.getShapePageBounds(shape))
    .filter((bounds): bounds is Box => bounds !== undefined)
  return sheets.length > 0 ? Box.Common(sheets) : editor.getCurrentPageBounds()
}

/**
 * Keeps the camera on the whole board: fitted now, and again whenever the tile changes size
 * (grid ↔ large view, window resize) or a board without sheets grows. The camera is locked, so
 * nothing on the projector moves it by accident. Returns the function that stops it.
 */
export function fitBoard(editor: Editor): () => void {
  editor.setCameraOptions({ isLocked: true })
  let last: Box | undefined
  const fit = () => {
    const bounds = boardBounds(editor)
    if (!bounds) return
    last = bounds
    editor.zoomToBounds(bounds, { inset: INSET_PX, force: true, immediate: true })
  }
  fit()
  editor.on('resize', fit)
  // Only what the board holds changes its bounds; anything else is left alone.
  const stop = editor.store.listen(
    () => {
      const bounds = boardBounds(editor)
      if (bounds && !(last && bounds.equals(last))) fit()
    },
    { scope: 'document' },
  )
  return () => {
    editor.off('resize', fit)
    stop()
  }
}
