import type { Rect } from '@bordduk/shared/shapes'

/**
 * Where a new or moved note of `size` × `size` can lie in `area` without covering a note that is
 * already there (`taken`, page rectangles), keeping `gap` between them. Places are tried in
 * reading order (rows from the top, left to right) on a half-note grid, so notes fill the area
 * the way a person would stick them up. A full area gives its top-left corner: the note then
 * lies on top of others, still inside the section, and "Rydd" can sort them.
 */
export function freeNotePlace(
  area: Rect,
  size: number,
  taken: readonly Rect[],
  gap = 10,
): { x: number; y: number } {
  const step = Math.max(1, (size + gap) / 2)
  const lastX = area.x + area.w - size
  const lastY = area.y + area.h - size
  for (const y of positions(area.y, lastY, step)) {
    for (const x of positions(area.x, lastX, step)) {
      const spot = { x: x - gap / 2, y: y - gap / 2, w: size + gap, h: size + gap }
      if (!taken.some((r) => overlaps(spot, r))) return { x, y }
    }
  }
  return { x: area.x, y: area.y }
}

/** first, first + step, … up to last, and last itself (so the far edge is tried too). */
function positions(first: number, last: number, step: number): number[] {
  if (last < first) return [first]
  const out: number[] = []
  for (let p = first; p < last; p += step) out.push(p)
  out.push(last)
  return out
}

function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h
}
