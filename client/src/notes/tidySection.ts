import type { Editor, TLNoteShape, TLShapeId, TLShapePartial } from 'tldraw'

import { layoutNoteGrid, noteAreaIndexAt, readingOrder } from '@bordduk/shared/shapes'
import type { GridNote } from '@bordduk/shared/shapes'

import type { SectionShape } from '../shapes/templateShapeTypes.ts'
import { boardNoteScale, pageNoteAreas, pageNotes } from './notePlaces.ts'

/**
 * "Rydd": lays the notes whose centre lies in a section out as a grid in its notes area (in
 * each column cell of a table row), below the prompts, in reading order (time order on a
 * timeline). One history step, one batch of record changes, so every peer sees the result
 * and one undo puts the notes back. Returns how many notes it placed.
 */
export function tidySection(
  editor: Editor,
  sectionId: TLShapeId,
  /** Another order than reading order (sorting by votes); the grid stays the same. */
  order?: (notes: GridNote[]) => GridNote[],
): number {
  const section = editor.getShape(sectionId) as SectionShape | undefined
  if (!section) return 0
  const areas = pageNoteAreas(section)
  if (areas.length === 0) return 0
  const scale = boardNoteScale(editor, section) ?? 1

  const groups = areas.map(() => [] as GridNote[])
  for (const note of pageNotes(editor)) {
    const bounds = editor.getShapePageBounds(note)
    if (!bounds) continue
    const { center } = bounds
    const inside =
      center.x >= section.x &&
      center.x < section.x + section.props.w &&
      center.y >= section.y &&
      center.y < section.y + section.props.h
    if (!inside) continue
    groups[noteAreaIndexAt(areas, center.x)]?.push({
      id: note.id,
      x: bounds.x,
      y: bounds.y,
      w: bounds.w,
      h: bounds.h,
      growY: note.props.growY,
    })
  }

  const updates: TLShapePartial<TLNoteShape>[] = []
  groups.forEach((notes, i) => {
    if (notes.length === 0) return
    const read = readingOrder(notes, section.props.kind === 'timeline' ? 'time' : 'lines')
    const ordered = order ? order(read) : read
    const grid = layoutNoteGrid(areas[i]!, ordered, scale)
    for (const { id, x, y } of grid.placements) {
      updates.push({ id: id as TLShapeId, type: 'note', x, y, rotation: 0, props: { scale: grid.scale } })
    }
  })
  if (updates.length === 0) return 0
  editor.markHistoryStoppingPoint('tidy section')
  editor.run(() => editor.updateShapes(updates))
  return updates.length
}
