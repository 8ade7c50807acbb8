import type { Rect } from './sectionNoteAreas.ts'

/** A tldraw note is this many canvas units square at scale 1 (taller when its text grows). */
export const NOTE_SIZE = 200
/**
 * A 76 mm post-it on an 841 mm-wide A1 sheet is 1/11 of the width: 153 of the sheet's 1682
 * units, scale 0.76. Notes are never drawn larger than that on a tablecloth.
 */
export const POST_IT_NOTE_SCALE = 0.76
/**
 * tldraw writes a note's text 22 units high at scale 1: at 0.4 that is 4.4 mm on A1 paper
 * (about 12.5 pt), still easy to read across a table. A template never picks less.
 */
export const MIN_READABLE_NOTE_SCALE = 0.4
/** "Rydd" shrinks crowded notes down to this (2.75 mm text) before it lets them overlap. */
export const MIN_TIDY_NOTE_SCALE = 0.25
const SCALE_STEP = 0.01

/** A note as the grid sees it: its bounds on the page now, and how much its text grew it. */
export interface GridNote {
  id: string
  x: number
  y: number
  w: number
  h: number
  growY: number
}

export interface GridPlacement {
  id: string
  x: number
  y: number
}

export interface NoteGrid {
  scale: number
  placements: GridPlacement[]
  /** True when even the smallest scale could not fit them all, so rows overlap. */
  crowded: boolean
}

/** Space between notes in the grid: proportional to the note, as on paper. */
export function gridGap(scale: number): number {
  return Math.max(4, Math.round(0.06 * NOTE_SIZE * scale))
}

/** How many plain (not grown) notes of `scale` fit in `area` as a grid, and how many across. */
export function gridCapacity(area: Rect, scale: number): { across: number; down: number; total: number } {
  const size = NOTE_SIZE * scale
  const gap = gridGap(scale)
  const across = Math.max(0, Math.floor((area.w + gap) / (size + gap)))
  const down = Math.max(0, Math.floor((area.h + gap) / (size + gap)))
  return { across, down, total: across * down }
}

/**
 * Notes in the order a person reads them: lines from top to bottom (a note whose centre is
 * within half a note of a line's first one belongs to that line), each line left to right.
 * On a timeline the order is the time axis: left to right.
 */
export function readingOrder<N extends Omit<GridNote, 'id' | 'growY'>>(
  notes: readonly N[],
  along: 'lines' | 'time' = 'lines',
): N[] {
  const centre = (n: N) => ({ x: n.x + n.w / 2, y: n.y + n.h / 2 })
  if (along === 'time')
    return [...notes].sort((a, b) => centre(a).x - centre(b).x || centre(a).y - centre(b).y)
  const byY = [...notes].sort((a, b) => centre(a).y - centre(b).y || centre(a).x - centre(b).x)
  const lines: N[][] = []
  for (const note of byY) {
    const line = lines.at(-1)
    const first = line?.[0]
    if (line && first && centre(note).y - centre(first).y < first.h / 2) line.push(note)
    else lines.push([note])
  }
  return lines.flatMap((line) => line.sort((a, b) => centre(a).x - centre(b).x))
}

/**
 * Lays `notes` (already in reading order) out as a grid from the top-left of `area`: rows as
 * tall as their tallest note, a gap between all. Starts at `scale` and shrinks until they fit;
 * only below MIN_TIDY_NOTE_SCALE do rows overlap, and even then every note stays inside.
 */
export function layoutNoteGrid(area: Rect, notes: readonly GridNote[], scale: number): NoteGrid {
  const floor = Math.min(scale, MIN_TIDY_NOTE_SCALE)
  for (let s = scale; s >= floor - 1e-9; s = round(s - SCALE_STEP)) {
    const rows = gridRows(area, notes, s)
    if (rows && totalHeight(rows, s) <= area.h)
      return { scale: s, placements: place(area, rows, s, null), crowded: false }
  }
  const rows = gridRows(area, notes, floor) ?? [notes.map((n) => n)]
  return { scale: floor, placements: place(area, rows, floor, area.h), crowded: true }
}

function noteHeight(note: GridNote, scale: number): number {
  return (NOTE_SIZE + note.growY) * scale
}

function gridRows(area: Rect, notes: readonly GridNote[], scale: number): GridNote[][] | null {
  const gap = gridGap(scale)
  const across = Math.floor((area.w + gap) / (NOTE_SIZE * scale + gap))
  if (across < 1) return null
  const rows: GridNote[][] = []
  for (let i = 0; i < notes.length; i += across) rows.push(notes.slice(i, i + across))
  return rows
}

function totalHeight(rows: GridNote[][], scale: number): number {
  const gap = gridGap(scale)
  return (
    rows.reduce((sum, row) => sum + Math.max(...row.map((n) => noteHeight(n, scale))), 0) +
    gap * (rows.length - 1)
  )
}

/** Places rows top-down; with `squeezeTo`, the row pitch shrinks so the last row still ends inside. */
function place(area: Rect, rows: GridNote[][], scale: number, squeezeTo: number | null): GridPlacement[] {
  const gap = gridGap(scale)
  const heights = rows.map((row) => Math.max(...row.map((n) => noteHeight(n, scale))))
  let pitchFactor = 1
  if (squeezeTo !== null && rows.length > 1) {
    const last = heights.at(-1)!
    const natural = totalHeight(rows, scale) - last
    pitchFactor = Math.max(0, Math.min(1, (squeezeTo - last) / natural))
  }
  const placements: GridPlacement[] = []
  let y = area.y
  rows.forEach((row, r) => {
    row.forEach((note, c) => {
      placements.push({ id: note.id, x: round(area.x + c * (NOTE_SIZE * scale + gap)), y: round(y) })
    })
    y += (heights[r]! + gap) * pitchFactor
  })
  return placements
}

function round(n: number): number {
  return Math.round(n * 100) / 100
}
