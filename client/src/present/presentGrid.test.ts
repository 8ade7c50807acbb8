import { describe, expect, it } from 'vitest'

import { presentGrid } from './presentGrid.ts'

const space = { gapPx: 16, labelPx: 60 }

describe('presentGrid', () => {
  it('puts two boards side by side on a wide screen, and one above the other on a tall one', () => {
    expect(presentGrid(2, 1920, 1000, space)).toMatchObject({ columns: 2, rows: 1 })
    expect(presentGrid(2, 800, 1800, space)).toMatchObject({ columns: 1, rows: 2 })
  })

  it('uses the space for 1 to 30 groups at 1080p and 4K, and never overflows', () => {
    for (const [w, h] of [
      [1920, 1000],
      [3840, 2060],
    ] as const) {
      for (let n = 1; n <= 30; n++) {
        const grid = presentGrid(n, w, h, space)
        expect(grid.columns * grid.rows).toBeGreaterThanOrEqual(n)
        // No empty row: a smaller grid would have held them.
        expect(grid.columns * (grid.rows - 1)).toBeLessThan(n)
        expect(grid.boardWidthPx * grid.columns).toBeLessThanOrEqual(w)
        expect(grid.boardWidthPx).toBeGreaterThan(0)
      }
    }
    expect(presentGrid(6, 1920, 1000, space)).toMatchObject({ columns: 3, rows: 2 })
    expect(presentGrid(4, 1920, 1000, space)).toMatchObject({ columns: 2, rows: 2 })
  })
})
