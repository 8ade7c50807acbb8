import { richTextToPlain } from '@bordduk/shared'
import { FIELD_SHAPE, SECTION_SHAPE, SHEET_SHAPE } from '@bordduk/shared/shapes'

import { escapeXml, svgNumber } from '../http/svgValues.ts'
import type { StoredRecord } from './boardDocument.ts'

/** Fill colours of tldraw's notes (its light theme), so thumbnails show notes as people see them. */
const NOTE_FILLS: Record<string, string> = {
  black: '#FCE19C',
  blue: '#8AA3FF',
  green: '#6FC896',
  grey: '#C0CAD3',
  'light-blue': '#9BC4FD',
  'light-green': '#98D08A',
  'light-red': '#F7A5A1',
  'light-violet': '#DFB0F9',
  orange: '#FAA475',
  red: '#FC8282',
  violet: '#DB91FD',
  yellow: '#FED49A',
  white: '#FFFFFF',
}
const NOTE_SIZE = 200
/** Note text in canvas units at scale 1: padding, font size, line height. */
const NOTE_PAD = 12
const NOTE_FONT = 20
const NOTE_LINE = 25
/**
 * A generous average glyph width for wrapping, in ems. The server has no font metrics; the
 * nested `<svg>` each note's text sits in clips whatever an unusually wide line still overflows.
 */
const GLYPH_EM = 0.58

// Records come from clients: every field is read as unknown and drawn through svgValues.
type Shape = StoredRecord & { type: string; x?: unknown; y?: unknown; props?: Record<string, unknown> }

/** Where a shape is and how large, as finite numbers (missing or foreign values become 0). */
function box(s: Shape) {
  const props = s.props ?? {}
  return { x: svgNumber(s.x), y: svgNumber(s.y), w: svgNumber(props.w), h: svgNumber(props.h) }
}

/**
 * The note's text as lines that fit its width, as many as fit its height; the last one ends in
 * "…" when text is left over. Words longer than a line are cut.
 */
export function wrapNoteText(text: string, maxChars: number, maxLines: number): string[] {
  if (maxChars < 1 || maxLines < 1) return []
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/).filter(Boolean)) {
    let rest = word
    while (rest) {
      const joined = line ? `${line} ${rest}` : rest
      if ([...joined].length <= maxChars) {
        line = joined
        rest = ''
      } else if (line) {
        lines.push(line)
        line = ''
      } else {
        const chars = [...rest]
        lines.push(chars.slice(0, maxChars).join(''))
        rest = chars.slice(maxChars).join('')
      }
    }
  }
  if (line) lines.push(line)
  if (lines.length <= maxLines) return lines
  const kept = lines.slice(0, maxLines)
  const last = [...kept[maxLines - 1]!]
  kept[maxLines - 1] = `${last.slice(0, Math.max(0, maxChars - 1)).join('')}…`
  return kept
}

function noteFill(color: unknown): string {
  return typeof color === 'string' && Object.hasOwn(NOTE_FILLS, color)
    ? NOTE_FILLS[color]!
    : NOTE_FILLS.black!
}

/**
 * A small live picture of a board for the facilitator's dashboard, drawn on the server from
 * the doc: sheets and sections as outlines, header fields with their first words, notes as
 * coloured squares with their text wrapped and clipped inside them, at any note scale.
 */
export function renderBoardThumbnail(records: readonly StoredRecord[]): string {
  const shapes = records.filter((r): r is Shape => r.typeName === 'shape')
  const parts: string[] = []
  let [minX, minY, maxX, maxY] = [0, 0, 800, 600]
  const grow = (x: number, y: number, w: number, h: number) => {
    minX = Math.min(minX, x)
    minY = Math.min(minY, y)
    maxX = Math.max(maxX, x + w)
    maxY = Math.max(maxY, y + h)
  }
  for (const s of shapes.filter((s) => s.type === SHEET_SHAPE)) {
    const { x, y, w, h } = box(s)
    grow(x, y, w, h)
    parts.push(
      `<rect x="${x}" y="${y}" width="${w}" height="${h}" fill="#fffdf7" stroke="#1d4f91" stroke-width="6"/>`,
    )
    parts.push(`<rect x="${x}" y="${y}" width="${w}" height="154" fill="#1d4f91"/>`)
  }
  for (const s of shapes.filter((s) => s.type === SECTION_SHAPE)) {
    const { x, y, w, h } = box(s)
    parts.push(
      `<rect x="${x}" y="${y}" width="${w}" height="${h}" rx="12" fill="#fff" stroke="#7a8797" stroke-width="4"/>`,
    )
  }
  for (const s of shapes.filter((s) => s.type === FIELD_SHAPE)) {
    const { x, y, w, h } = box(s)
    const text = typeof s.props?.text === 'string' ? s.props.text.split('\n')[0]!.slice(0, 40) : ''
    parts.push(`<rect x="${x}" y="${y}" width="${w}" height="${h}" rx="6" fill="#fff"/>`)
    // The procurement's name is what tells boards apart on the dashboard: drawn large, and
    // clipped to its box (a nested svg) like a note's text, however long the name is.
    if (text)
      parts.push(
        `<svg x="${x}" y="${y}" width="${w}" height="${h}" overflow="hidden">` +
          `<text x="12" y="${h * 0.75}" font-size="${h * 0.6}">${escapeXml(text)}</text></svg>`,
      )
  }
  for (const s of shapes.filter((s) => s.type === 'note')) {
    const { x, y } = box(s)
    const props = s.props ?? {}
    const scale = Math.max(0, svgNumber(props.scale, 1))
    const unscaledH = NOTE_SIZE + Math.max(0, svgNumber(props.growY))
    const [w, h] = [NOTE_SIZE * scale, unscaledH * scale]
    grow(x, y, w, h)
    parts.push(`<rect x="${x}" y="${y}" width="${w}" height="${h}" fill="${noteFill(props.color)}"/>`)
    // In the note's own units (scale 1), so the wrap is the same at every scale.
    const maxChars = Math.floor((NOTE_SIZE - 2 * NOTE_PAD) / (NOTE_FONT * GLYPH_EM))
    const descent = NOTE_FONT * 0.25
    const maxLines = Math.floor((unscaledH - 2 * NOTE_PAD - NOTE_FONT - descent) / NOTE_LINE) + 1
    const lines = wrapNoteText(richTextToPlain(props.richText), maxChars, maxLines)
    if (lines.length === 0 || scale === 0) continue
    const texts = lines.map(
      (line, i) =>
        `<text x="${NOTE_PAD * scale}" y="${(NOTE_PAD + NOTE_FONT + i * NOTE_LINE) * scale}">${escapeXml(line)}</text>`,
    )
    parts.push(
      `<svg x="${x}" y="${y}" width="${w}" height="${h}" overflow="hidden" font-size="${NOTE_FONT * scale}">${texts.join('')}</svg>`,
    )
  }
  const pad = 20
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${minX - pad} ${minY - pad} ${maxX - minX + 2 * pad} ${maxY - minY + 2 * pad}" ` +
    `font-family="system-ui, sans-serif">${parts.join('')}</svg>`
  )
}
