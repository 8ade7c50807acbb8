import type { Rect } from './sectionNoteAreas.ts'

/**
 * Where a note (its bounds `note`) must move to lie wholly inside `area`: the nearest such
 * place, so a note put near an edge shifts only as far as it must. A note larger than the
 * area is aligned to its top-left corner.
 */
export function fitNoteInto(area: Rect, note: Rect): { x: number; y: number } {
  const clamp = (value: number, min: number, max: number) =>
    max < min ? min : Math.min(Math.max(value, min), max)
  return {
    x: clamp(note.x, area.x, area.x + area.w - note.w),
    y: clamp(note.y, area.y, area.y + area.h - note.h),
  }
}
