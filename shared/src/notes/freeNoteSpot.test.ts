import { describe, expect, it } from 'vitest'

import { freeNoteSpot } from './freeNoteSpot.ts'

const area = { x: 100, y: 50, w: 500, h: 300 }
const size = { w: 100, h: 100 }

describe('freeNoteSpot', () => {
  it('puts the first note at the top left of the notes area', () => {
    expect(freeNoteSpot(area, size, [])).toEqual({ x: 100, y: 50, free: true })
  })

  it('takes the next free cell of the row, then the next row', () => {
    const first = { x: 100, y: 50, w: 100, h: 100 }
    const spot = freeNoteSpot(area, size, [first])
    expect(spot).toMatchObject({ y: 50, free: true })
    expect(spot.x).toBeGreaterThanOrEqual(200)
    const row = [0, 1, 2, 3].map((i) => ({ x: 100 + i * 112, y: 50, w: 100, h: 100 }))
    const below = freeNoteSpot(area, size, row)
    expect(below).toMatchObject({ x: 100, free: true })
    expect(below.y).toBeGreaterThanOrEqual(150)
  })

  it('says when the area is full, and still stays inside it', () => {
    const spot = freeNoteSpot(area, size, [{ x: 0, y: 0, w: 1000, h: 1000 }])
    expect(spot.free).toBe(false)
    expect(spot.x).toBeGreaterThanOrEqual(area.x)
    expect(spot.x + 100).toBeLessThanOrEqual(area.x + area.w)
    expect(spot.y + 100).toBeLessThanOrEqual(area.y + area.h)
  })

  it('ignores notes outside the area', () => {
    expect(freeNoteSpot(area, size, [{ x: 0, y: 0, w: 90, h: 40 }])).toEqual({ x: 100, y: 50, free: true })
  })
})
