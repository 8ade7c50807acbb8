/** Font sizes a field's text may take (sheet units, 2 per mm): large when short, never below legible. */
export const FIELD_FONT_MAX = 22
export const FIELD_FONT_MIN = 11
const LINE_HEIGHT = 1.2
/** A wide average glyph of IBM Plex Sans / system-ui, as a share of the font size. */
const GLYPH_W = 0.56

/**
 * The largest font size at which `text` should fit a `w` × `h` box, wrapped at word breaks, and
 * the height it then takes. An estimate (no measuring), so the board, the print view and every
 * browser agree; CSS clips what the estimate misses, so the text never runs past the box.
 */
export function fitFieldText(text: string, w: number, h: number): { fontSize: number; height: number } {
  for (let size = FIELD_FONT_MAX; size > FIELD_FONT_MIN; size--) {
    const height = linesAt(text, w, size) * size * LINE_HEIGHT
    if (height <= h) return { fontSize: size, height }
  }
  return { fontSize: FIELD_FONT_MIN, height: h }
}

function linesAt(text: string, w: number, size: number): number {
  const perLine = Math.max(1, Math.floor(w / (size * GLYPH_W)))
  let lines = 0
  for (const paragraph of text.split('\n')) {
    let line = 0
    lines++
    for (const word of paragraph.split(' ')) {
      const len = word.length
      if (line > 0 && line + 1 + len > perLine) {
        lines++
        line = 0
      }
      // A word longer than a line breaks anywhere (CSS overflow-wrap: anywhere).
      line += (line > 0 ? 1 : 0) + len
      while (line > perLine) {
        lines++
        line -= perLine
      }
    }
  }
  return lines
}

export const FIELD_LINE_HEIGHT = LINE_HEIGHT
