import { describe, expect, it } from 'vitest'

import { freeNotePlace } from './freeNotePlace.ts'

const area = { x: 100, y: 200, w: 500, h: 300 }

describe('freeNotePlace', () => {
  it('puts the first note at the top left of an empty area', () => {
    expect(freeNotePlace(area, 100, [])).toEqual({ x: 100, y: 200 })
  })

  it('puts the next note beside one already there, with the gap between them', () => {
    const taken = [{ x: 100, y: 200, w: 100, h: 100 }]
    const place = freeNotePlace(area, 100, taken, 10)
    expect(place.y).toBe(200)
    expect(place.x).toBeGreaterThanOrEqual(210)
    expect(place.x).toBeLessThan(300)
  })

  it('goes to the next row when a row is full, and keeps inside the area', () => {
    const row = [0, 1, 2, 3, 4].map((i) => ({ x: 100 + i * 100, y: 200, w: 100, h: 100 }))
    const place = freeNotePlace(area, 100, row, 10)
    expect(place.y).toBeGreaterThanOrEqual(310)
    expect(place.y + 100).toBeLessThanOrEqual(500)
    expect(place.x).toBe(100)
  })

  it('tries the far edge, so a narrow gap at the right is used', () => {
    const taken = [{ x: 100, y: 200, w: 395, h: 300 }]
    expect(freeNotePlace(area, 100, taken, 10)).toEqual({ x: 500, y: 200 })
  })

  it('gives the top left corner when nothing is free', () => {
    expect(freeNotePlace(area, 100, [area], 10)).toEqual({ x: 100, y: 200 })
  })

  it('gives the top left corner when the note is larger than the area', () => {
    expect(freeNotePlace({ x: 0, y: 0, w: 50, h: 50 }, 100, [])).toEqual({ x: 0, y: 0 })
  })
})
