import { describe, expect, it } from 'vitest'

import {
  MIN_TIDY_NOTE_SCALE,
  NOTE_SIZE,
  gridCapacity,
  gridGap,
  layoutNoteGrid,
  readingOrder,
} from './noteGrid.ts'
import type { GridNote } from './noteGrid.ts'
import type { Rect } from './sectionNoteAreas.ts'

const area: Rect = { x: 1000, y: 500, w: 400, h: 300 }

function notes(count: number, growY = () => 0): GridNote[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `n${i}`,
    x: 0,
    y: i,
    w: 100,
    h: 100,
    growY: growY(),
  }))
}

function boxes(grid: ReturnType<typeof layoutNoteGrid>, source: GridNote[]): Rect[] {
  return grid.placements.map((p) => {
    const note = source.find((n) => n.id === p.id)!
    return { x: p.x, y: p.y, w: NOTE_SIZE * grid.scale, h: (NOTE_SIZE + note.growY) * grid.scale }
  })
}

const overlap = (a: Rect, b: Rect) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h
const inside = (r: Rect, outer: Rect) =>
  r.x >= outer.x - 1e-6 &&
  r.y >= outer.y - 1e-6 &&
  r.x + r.w <= outer.x + outer.w + 1e-6 &&
  r.y + r.h <= outer.y + outer.h + 1e-6

describe('gridCapacity', () => {
  it('counts whole notes with a gap between them', () => {
    // 0.5 → 100-unit notes, 6-unit gaps: 3 across (318 ≤ 400 < 424), 2 down (206 ≤ 300 < 312)
    expect(gridGap(0.5)).toBe(6)
    expect(gridCapacity(area, 0.5)).toEqual({ across: 3, down: 2, total: 6 })
    expect(gridCapacity({ x: 0, y: 0, w: 99, h: 500 }, 0.5).total).toBe(0)
  })
})

describe('layoutNoteGrid', () => {
  it('keeps the scale when the notes fit, filling rows left to right from the top-left', () => {
    const source = notes(5)
    const grid = layoutNoteGrid(area, source, 0.5)
    expect(grid.scale).toBe(0.5)
    expect(grid.crowded).toBe(false)
    expect(grid.placements.map((p) => [p.id, p.x - area.x, p.y - area.y])).toEqual([
      ['n0', 0, 0],
      ['n1', 106, 0],
      ['n2', 212, 0],
      ['n3', 0, 106],
      ['n4', 106, 106],
    ])
  })

  it('makes a row as tall as its tallest note', () => {
    const source = notes(4)
    source[1]!.growY = 80 // 140 units tall at 0.5
    const grid = layoutNoteGrid(area, source, 0.5)
    expect(grid.placements[3]).toMatchObject({ x: area.x, y: area.y + 140 + 6 })
  })

  for (const count of [1, 6, 7, 30, 120]) {
    it(`${count} notes: none overlaps another, all inside, order kept`, () => {
      const source = notes(count, () => (count > 10 ? 0 : 30))
      const grid = layoutNoteGrid(area, source, 0.5)
      const placed = boxes(grid, source)
      expect(grid.placements.map((p) => p.id)).toEqual(source.map((n) => n.id))
      for (const box of placed) expect(inside(box, area)).toBe(true)
      if (!grid.crowded) {
        for (let i = 0; i < placed.length; i++)
          for (let j = i + 1; j < placed.length; j++) expect(overlap(placed[i]!, placed[j]!)).toBe(false)
      }
    })
  }

  it('shrinks the notes rather than spill when too many: 30 notes at scale 0.5 in a 400×300 area', () => {
    const grid = layoutNoteGrid(area, notes(30), 0.5)
    expect(grid.scale).toBeLessThan(0.5)
    expect(grid.scale).toBeGreaterThanOrEqual(MIN_TIDY_NOTE_SCALE)
    expect(grid.crowded).toBe(false)
    // The largest scale that fits: one step larger would not.
    expect(gridCapacity(area, grid.scale).total).toBeGreaterThanOrEqual(30)
    expect(gridCapacity(area, grid.scale + 0.01).total).toBeLessThan(30)
  })

  it('overlaps rows only below the smallest scale, and still keeps every note inside', () => {
    const source = notes(400)
    const grid = layoutNoteGrid(area, source, 0.5)
    expect(grid).toMatchObject({ scale: MIN_TIDY_NOTE_SCALE, crowded: true })
    for (const box of boxes(grid, source)) expect(inside(box, area)).toBe(true)
  })
})

describe('readingOrder', () => {
  const at = (id: string, x: number, y: number) => ({ id, x, y, w: 100, h: 100 })

  it('reads lines top to bottom and each line left to right, forgiving a ragged line', () => {
    const order = readingOrder([at('c', 300, 10), at('d', 0, 200), at('a', 0, 0), at('b', 150, 30)])
    expect(order.map((n) => n.id)).toEqual(['a', 'b', 'c', 'd'])
  })

  it('reads a timeline by time, left to right', () => {
    const order = readingOrder([at('late', 500, 0), at('early', 0, 300), at('mid', 250, 100)], 'time')
    expect(order.map((n) => n.id)).toEqual(['early', 'mid', 'late'])
  })
})
