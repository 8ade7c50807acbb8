import { Box } from 'tldraw'
import type { Editor } from 'tldraw'

import { SECTION_SHAPE, SHEET_SHAPE } from '@bordduk/shared/shapes'

/** Screen pixels kept free around the board, so a sheet's edge never touches the tile's. */
const INSET_PX = 12

/** What the camera shows: the whole board, or the part where the group has written. */
export type FitFocus = 'board' | 'notes'

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
 * Where the notes are, with the sections they sit in (so their titles stay in view): a
 * tablecloth's notes are small on the whole sheet, and this is what makes them readable on a
 * projector. The whole board when there are no notes yet.
 */
function notesBounds(editor: Editor): Box | undefined {
  const shapes = editor.getCurrentPageShapes()
  const sections = shapes
    .filter((shape) => shape.type === SECTION_SHAPE)
    .map((shape) => editor.getShapePageBounds(shape))
    .filter((bounds): bounds is Box => bounds !== undefined)
  const parts = shapes
    .filter((shape) => shape.type === 'note')
    .map((note) => editor.getShapePageBounds(note))
    .filter((bounds): bounds is Box => bounds !== undefined)
    .flatMap((note) => [note, ...sections.filter((section) => section.containsPoint(note.center))])
  return parts.length > 0 ? Box.Common(parts) : boardBounds(editor)
}

/**
 * Keeps the camera on the board: fitted now, and again whenever the tile changes size (grid ↔
 * large view, window resize), what it shows grows, or the focus changes. The camera is locked,
 * so nothing on the projector moves it by accident.
 */
export function fitBoard(editor: Editor, initialFocus: FitFocus) {
  editor.setCameraOptions({ isLocked: true })
  let focus = initialFocus
  let last: Box | undefined
  const target = () => (focus === 'notes' ? notesBounds(editor) : boardBounds(editor))
  const fit = () => {
    const bounds = target()
    if (!bounds) return
    last = bounds
    editor.zoomToBounds(bounds, { inset: INSET_PX, force: true, immediate: true })
  }
  fit()
  editor.on('resize', fit)
  // Only what the board holds changes the bounds; anything else leaves the camera alone.
  const stopListening = editor.store.listen(
    () => {
      const bounds = target()
      if (bounds && !(last && bounds.equals(last))) fit()
    },
    { scope: 'document' },
  )
  return {
    setFocus(next: FitFocus) {
      if (next === focus) return
      focus = next
      fit()
    },
    stop() {
      editor.off('resize', fit)
      stopListening()
    },
  }
}
