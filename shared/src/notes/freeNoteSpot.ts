import { NOTE_SIZE, gridGap } from './noteGrid.ts'
import type { Rect } from './sectionNoteAreas.ts'

/**
 * Where a note of `size` goes in a section's notes `area` without covering the notes already
 * there (`taken`, their bounds): the first free cell of the grid "Rydd" would use, read row by
 * row (`free: true`). When every cell is taken it goes in the area's bottom-left corner
 * (`free: false`), still inside the area, so it still counts as the section's.
 */
export function freeNoteSpot(
  area: Rect,
  size: { w: number; h: number },
  taken: readonly Rect[],
): { x: number; y: number; free: boolean } {
  const gap = gridGap(size.w / NOTE_SIZE)
  const across = Math.max(1, Math.floor((area.w + gap) / (size.w + gap)))
  const down = Math.max(1, Math.floor((area.h + gap) / (size.w + gap)))
  const overlaps = (a: Rect, b: Rect) =>
    a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h
  for (let row = 0; row < down; row++) {
    for (let col = 0; col < across; col++) {
      const cell = { x: area.x + col * (size.w + gap), y: area.y + row * (size.w + gap), ...size }
      if (cell.y + cell.h > area.y + area.h && row > 0) break
      if (!taken.some((t) => overlaps(cell, t))) return { x: cell.x, y: cell.y, free: true }
    }
  }
  return { x: area.x, y: Math.max(area.y, area.y + area.h - size.h), free: false }
}
