import type { Area } from '@bordduk/shared'

/**
 * Layout helpers for A1-landscape sheets (1682 × 1188 canvas units, 2 per mm). Templates call
 * them when their module loads; what they produce is plain data, validated like any template.
 */
export const SHEET_W = 1682
export const SHEET_H = 1188
/** Height of the header band with the tool's name, purpose and fields. */
export const HEADER_H = 160
export const MARGIN = 28
export const GAP = 20
export const CONTENT_TOP = HEADER_H + GAP
export const CONTENT_BOTTOM = SHEET_H - MARGIN

/** Areas side by side across `width` from `x`, sized by weight, separated by GAP. */
export function row(
  y: number,
  h: number,
  weights: number[],
  x = MARGIN,
  width = SHEET_W - 2 * MARGIN,
): Area[] {
  const total = weights.reduce((a, b) => a + b, 0)
  const free = width - GAP * (weights.length - 1)
  let left = x
  return weights.map((weight) => {
    const w = Math.round((free * weight) / total)
    const area = { x: left, y, w, h }
    left += w + GAP
    return area
  })
}

/** Areas stacked from `y` down, sized by weight, separated by `gap`. */
export function column(x: number, w: number, y: number, h: number, count: number, gap = GAP): Area[] {
  const each = (h - gap * (count - 1)) / count
  return Array.from({ length: count }, (_, i) => ({
    x,
    y: Math.round(y + i * (each + gap)),
    w,
    h: Math.round(each),
  }))
}
