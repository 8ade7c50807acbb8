/** The header band's height on every sheet, border included (sheet units, 2 per mm). */
const HEADER_BOTTOM = 160
const RIGHT_INSET = 34
const TOP_INSET = 24
const FIELD_GAP = 8
const MAX_FIELDS_W = 600

/** The free fields of a sheet's header, top to bottom: the procurement's name, then date and participants. */
export const HEADER_FIELD_IDS = ['procurement', 'date-participants'] as const

/**
 * Width the header keeps free for its fields: the sheet shape leaves it empty and the field
 * shapes lie over it. A narrow (portrait or small) sheet keeps a smaller share.
 */
export function headerFieldsWidth(sheetW: number): number {
  return Math.min(MAX_FIELDS_W, Math.round(sheetW * 0.36))
}

/** Where each header field lies on a sheet of width `sheetW`, from the sheet's top-left corner. */
export function headerFieldAreas(sheetW: number): { x: number; y: number; w: number; h: number }[] {
  const w = headerFieldsWidth(sheetW)
  const h = (HEADER_BOTTOM - 2 * TOP_INSET - FIELD_GAP) / HEADER_FIELD_IDS.length
  return HEADER_FIELD_IDS.map((_, i) => ({
    x: sheetW - RIGHT_INSET - w,
    y: TOP_INSET + i * (h + FIELD_GAP),
    w,
    h,
  }))
}
