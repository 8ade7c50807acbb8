/** A board tile's shape: an A-series sheet in landscape (√2 : 1), as most tablecloths are. */
export const SHEET_ASPECT = Math.SQRT2

/** The columns and rows a projector grid uses, and how large each board can be drawn. */
export interface PresentGrid {
  columns: number
  rows: number
  /** The width a sheet gets in each tile, in CSS pixels. */
  boardWidthPx: number
}

/**
 * The grid that draws `tiles` boards largest in a `widthPx` × `heightPx` area: every column
 * count is tried, and the one whose tiles hold the biggest sheet (after the tile's name band of
 * `labelPx` and the `gapPx` between tiles) wins. The grid always fits, so the page never scrolls.
 */
export function presentGrid(
  tiles: number,
  widthPx: number,
  heightPx: number,
  { gapPx, labelPx }: { gapPx: number; labelPx: number },
): PresentGrid {
  let best: PresentGrid = { columns: 1, rows: Math.max(1, tiles), boardWidthPx: 0 }
  for (let columns = 1; columns <= Math.max(1, tiles); columns++) {
    const rows = Math.ceil(tiles / columns)
    const tileW = (widthPx - gapPx * (columns - 1)) / columns
    const tileH = (heightPx - gapPx * (rows - 1)) / rows - labelPx
    const boardWidthPx = Math.max(0, Math.min(tileW, tileH * SHEET_ASPECT))
    // Ties go to fewer rows: the names stay on fewer lines of the room's view.
    if (boardWidthPx > best.boardWidthPx + 0.5) best = { columns, rows, boardWidthPx }
  }
  return best
}
