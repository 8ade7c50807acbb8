import { NOTE_SIZE, gridGap } from './noteGrid.ts'
import type { Rect } from './sectionNoteAreas.ts'

/**
 * Where a new note of `size` (square, canvas units) goes in a section's notes `area` without
 * covering the notes already there (`taken`, their bounds): the first free cell of the grid
 * "Rydd" would use, read row by row. When every cell is taken it goes on top of the last row,
 * shifted a little, so it is still inside the area and still seen as new.
 */
export function freeNoteSpot(area: Rect, size: number, taken: readonly Rect[]): { x: number; y: number } {
  const gap = gridGap(size / NOTE_SIZE)
  const across = Math.max(1, Math.floor((area.w + gap) / (size + gap)))
  const down = Math.max(1, Math.floor((area.h + gap) / (size + gap)))
  const overlaps = (a: Rect, b: Rect) =>
    a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h
  for (let row = 0; row < down; row++) {
    for (let col = 0; col < across; col++) {
      const cell = { x: area.x + col * (size + gap), y: area.y + row * (size + gap), w: size, h: size }
      if (!taken.some((t) => overlaps(cell, t))) return { x: cell.x, y: cell.y }
    }
  }
  const nudge = gap * (taken.length % across)
  return {
    x: Math.min(area.x + nudge, Math.max(area.x, area.x + area.w - size)),
    y: Math.max(area.y, area.y + area.h - size),
  }
}
