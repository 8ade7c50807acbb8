import { PAPER_MM } from '@bordduk/shared'
import type { PaperSize } from '@bordduk/shared'

import { FOOTER_MM, PAGE_MARGIN_MM } from './printLayout.ts'

/** How much neighbouring tiles repeat of each other, so they can be taped without a gap. */
export const TILE_OVERLAP_MM = 10

export interface Tile {
  row: number
  col: number
  /** "B2": row letter, column number, as on the page map. */
  label: string
  /** Top-left of this tile's window onto the poster, in poster mm. */
  x: number
  y: number
}

export interface TilePlan {
  page: { w: number; h: number }
  /** The printable window of one tile, in mm. */
  area: { w: number; h: number }
  rows: number
  cols: number
  tiles: Tile[]
  /** The area all tiles cover together, in poster mm: the poster centred in it. */
  grid: { x: number; y: number; w: number; h: number }
}

/**
 * How a poster of `posterMm` is cut onto sheets of `tile` paper: the orientation that needs
 * fewer sheets, each window overlapping its neighbours by TILE_OVERLAP_MM. The tiles cover a
 * little more than the poster; it sits centred, so the outer tiles share the spare paper.
 */
export function planTiles(posterMm: { w: number; h: number }, tile: PaperSize): TilePlan {
  const { w: short, h: long } = PAPER_MM[tile]
  const plans = [
    { w: short, h: long },
    { w: long, h: short },
  ].map((page) => {
    const area = { w: page.w - 2 * PAGE_MARGIN_MM, h: page.h - 2 * PAGE_MARGIN_MM - FOOTER_MM }
    const step = { w: area.w - TILE_OVERLAP_MM, h: area.h - TILE_OVERLAP_MM }
    const cols = Math.max(1, Math.ceil((posterMm.w - TILE_OVERLAP_MM) / step.w))
    const rows = Math.max(1, Math.ceil((posterMm.h - TILE_OVERLAP_MM) / step.h))
    const grid = { w: (cols - 1) * step.w + area.w, h: (rows - 1) * step.h + area.h }
    const offset = { x: (posterMm.w - grid.w) / 2, y: (posterMm.h - grid.h) / 2 }
    const tiles: Tile[] = []
    for (let row = 0; row < rows; row++) {
      for (let col = 0; col < cols; col++) {
        tiles.push({
          row,
          col,
          label: `${String.fromCharCode(65 + row)}${col + 1}`,
          x: offset.x + col * step.w,
          y: offset.y + row * step.h,
        })
      }
    }
    return { page, area, rows, cols, tiles, grid: { ...offset, ...grid } }
  })
  return plans[0]!.tiles.length <= plans[1]!.tiles.length ? plans[0]! : plans[1]!
}
