/**
 * How many lines a text takes when the browser wraps it at `widthPx`, estimated without a
 * browser: the template layer's HTML is drawn in whatever sans-serif the machine has (on our
 * servers DejaVu Sans, wider than IBM Plex Sans), so the widths below follow the wider one and
 * err on the long side. A too-high estimate costs a little room for notes; a too-low one lets
 * notes cover a prompt, which the e2e test measuring the real text would catch.
 */
export function estimateTextLines(
  text: string,
  fontSizePx: number,
  lineWidthPx: number | ((line: number) => number),
  { bold = false } = {},
): number {
  const widthOf = typeof lineWidthPx === 'number' ? () => lineWidthPx : lineWidthPx
  const factor = fontSizePx * (bold ? BOLD : 1)
  const space = charWidthEm(' ') * factor
  let line = 0
  let used = 0
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const w = wordWidthEm(word) * factor
    if (used > 0 && used + space + w <= widthOf(line)) {
      used += space + w
      continue
    }
    if (used > 0) line++
    // Beside a float a line is narrower: a word too wide for it moves down to a wider line.
    while (w > widthOf(line) && widerLineFollows(widthOf, line)) line++
    // A word wider than the line breaks anywhere (`overflow-wrap: anywhere`).
    let rest = w
    while (rest > widthOf(line)) {
      rest -= widthOf(line)
      line++
    }
    used = rest
  }
  return line + 1
}

/** Whether a line within the next few is wider than `line` (the float beside it ends). */
function widerLineFollows(widthOf: (line: number) => number, line: number): boolean {
  for (let next = line + 1; next <= line + 8; next++) if (widthOf(next) > widthOf(line)) return true
  return false
}

/** Safety margin over the table's widths: kerning and font differences. */
const SAFETY = 1.06
/** Bold faces run about a tenth wider than the regular ones the table is for. */
const BOLD = 1.12

function wordWidthEm(word: string): number {
  let em = 0
  for (const ch of word) em += charWidthEm(ch)
  return em * SAFETY
}

// Advance widths in em, rounded up from DejaVu Sans (the widest face the page may fall back to).
const NARROW = new Set([..."iljI.,:;'!|’‘"])
const SLIM = new Set([...'frt()[]-/?"“”'])
const WIDE = new Set([...'mwMWæÆ…—%'])

function charWidthEm(ch: string): number {
  if (ch === ' ') return 0.32
  if (NARROW.has(ch)) return 0.3
  if (SLIM.has(ch)) return 0.43
  if (WIDE.has(ch)) return 1.0
  if (ch === '–' || ch === '«' || ch === '»') return 0.56
  if (/[0-9]/.test(ch)) return 0.64
  if (ch !== ch.toLowerCase()) return 0.74
  return 0.62
}
