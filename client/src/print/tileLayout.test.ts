import { describe, expect, it } from 'vitest'

import { PAPER_MM } from '@bordduk/shared'

import { TILE_OVERLAP_MM, planTiles } from './tileLayout.ts'

const A1_LANDSCAPE = { w: PAPER_MM.A1.h, h: PAPER_MM.A1.w }

describe('planTiles', () => {
  it('cuts an A1 landscape poster onto A4 with overlapping windows that cover it all', () => {
    const plan = planTiles(A1_LANDSCAPE, 'A4')
    expect(plan.tiles).toHaveLength(plan.rows * plan.cols)
    // Every point of the poster lies in some tile's window.
    for (const x of [0, 420, A1_LANDSCAPE.w - 0.1]) {
      for (const y of [0, 297, A1_LANDSCAPE.h - 0.1]) {
        expect(
          plan.tiles.some((t) => x >= t.x && x < t.x + plan.area.w && y >= t.y && y < t.y + plan.area.h),
        ).toBe(true)
      }
    }
    // Neighbours overlap by exactly the overlap.
    const [a, b] = plan.tiles
    expect(a!.x + plan.area.w - b!.x).toBeCloseTo(TILE_OVERLAP_MM)
    expect(plan.tiles.map((t) => t.label).slice(0, 2)).toEqual(['A1', 'A2'])
    // The spare paper is shared: the poster is centred in the tiles' grid.
    const last = plan.tiles.at(-1)!
    expect(-a!.x).toBeCloseTo(last.x + plan.area.w - A1_LANDSCAPE.w)
    expect(-a!.y).toBeCloseTo(last.y + plan.area.h - A1_LANDSCAPE.h)
    expect(plan.grid).toEqual({
      x: a!.x,
      y: a!.y,
      w: last.x + plan.area.w - a!.x,
      h: last.y + plan.area.h - a!.y,
    })
  })

  it('picks the tile orientation that needs fewer sheets, and A3 needs fewer than A4', () => {
    const a4 = planTiles(A1_LANDSCAPE, 'A4')
    const a3 = planTiles(A1_LANDSCAPE, 'A3')
    // A1 is eight A4 sheets edge to edge; margins, footer and overlap make it 15 (5 × 3, portrait).
    expect([a4.cols, a4.rows, a4.page]).toEqual([5, 3, { w: 210, h: 297 }])
    expect(a3.tiles).toHaveLength(8)
    expect(planTiles({ w: 100, h: 100 }, 'A4').tiles).toHaveLength(1)
  })
})
