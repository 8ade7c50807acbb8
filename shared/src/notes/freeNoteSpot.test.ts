import { describe, expect, it } from 'vitest'

import { freeNoteSpot } from './freeNoteSpot.ts'

const area = { x: 100, y: 50, w: 500, h: 300 }

describe('freeNoteSpot', () => {
  it('puts the first note at the top left of the notes area', () => {
    expect(freeNoteSpot(area, 100, [])).toEqual({ x: 100, y: 50 })
  })

  it('takes the next free cell of the row, then the next row', () => {
    const first = { x: 100, y: 50, w: 100, h: 100 }
    const spot = freeNoteSpot(area, 100, [first])
    expect(spot.y).toBe(50)
    expect(spot.x).toBeGreaterThanOrEqual(200)
    const row = [0, 1, 2, 3].map((i) => ({ x: 100 + i * 112, y: 50, w: 100, h: 100 }))
    const below = freeNoteSpot(area, 100, row)
    expect(below.x).toBe(100)
    expect(below.y).toBeGreaterThanOrEqual(150)
  })

  it('stays inside the area when every cell is taken', () => {
    const full = [{ x: 0, y: 0, w: 1000, h: 1000 }]
    const spot = freeNoteSpot(area, 100, full)
    expect(spot.x).toBeGreaterThanOrEqual(area.x)
    expect(spot.x + 100).toBeLessThanOrEqual(area.x + area.w)
    expect(spot.y + 100).toBeLessThanOrEqual(area.y + area.h)
  })
})
