import { PAPER_MM } from '@bordduk/shared'
import type { PaperSize } from '@bordduk/shared'

/** Printable page size in mm for a paper and the orientation that fits a sheet's shape. */
export function pageSizeMm(paper: PaperSize, sheetW: number, sheetH: number): { w: number; h: number } {
  const { w, h } = PAPER_MM[paper]
  return sheetW >= sheetH ? { w: h, h: w } : { w, h }
}

/** Space kept free around the sheet on a page, and for the footer line, in mm. */
export const PAGE_MARGIN_MM = 10
export const FOOTER_MM = 8
