import type { PaperSize } from './schemas/template.ts'

/** ISO 216 sizes in millimetres, portrait (width × height). */
export const PAPER_MM: Record<PaperSize, { w: number; h: number }> = {
  A0: { w: 841, h: 1189 },
  A1: { w: 594, h: 841 },
  A2: { w: 420, h: 594 },
  A3: { w: 297, h: 420 },
  A4: { w: 210, h: 297 },
}

/** Canvas units per millimetre on a sheet: an A1 sheet is 1682 × 1188 units in landscape. */
export const UNITS_PER_MM = 2

/** A sheet's size in canvas units. */
export function sheetSize(paper: PaperSize, orientation: 'landscape' | 'portrait'): { w: number; h: number } {
  const { w, h } = PAPER_MM[paper]
  const [short, long] = [w * UNITS_PER_MM, h * UNITS_PER_MM]
  return orientation === 'landscape' ? { w: long, h: short } : { w: short, h: long }
}
