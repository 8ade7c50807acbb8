import { richTextToPlain, sheetSize } from '@bordduk/shared'
import type { TemplateInput } from '@bordduk/shared'
import { CHECK_SHAPE, FIELD_SHAPE, SECTION_SHAPE, SHEET_SHAPE } from '@bordduk/shared/shapes'

import type { StoredRecord } from '../boards/boardDocument.ts'
import { apiProblem } from '../http/apiProblem.ts'
import { templateFromBoard } from './templateFromBoard.ts'

/** The template schema's limits (shared/src/schemas/template.ts): more is refused, not cut. */
const MAX_SHEETS = 10
const MAX_SECTIONS_PER_SHEET = 40
const MAX_PROMPTS = 6
const MAX_ITEMS = 20
/** Longer titles and prompts are cut: a label in a drawing can be a paragraph. */
const MAX_TEXT_LENGTH = 200
/** Canvas units around the boxes of a file that has no frame or sheet to hold them. */
const LOOSE_MARGIN = 40

interface Placed {
  record: StoredRecord
  x: number
  y: number
  w: number
  h: number
  lines: string[]
}

const cut = (text: string) => [...text].slice(0, MAX_TEXT_LENGTH).join('').trim()
const metaType = (record: StoredRecord) => (record.meta as { borddukType?: unknown } | undefined)?.borddukType
const props = (record: StoredRecord) => (record.props ?? {}) as Record<string, unknown>
const centreInside = (inner: Placed, outer: Placed) =>
  inner.x + inner.w / 2 >= outer.x &&
  inner.x + inner.w / 2 <= outer.x + outer.w &&
  inner.y + inner.h / 2 >= outer.y &&
  inner.y + inner.h / 2 <= outer.y + outer.h

/**
 * The shapes of the file's first page, placed in page coordinates (a frame's children are
 * stored relative to it), with their text as lines.
 */
function placeShapes(records: readonly StoredRecord[]): Placed[] {
  const byId = new Map(records.map((r) => [r.id, r]))
  const firstPage = records
    .filter((r) => r.typeName === 'page')
    .sort((a, b) => String(a.index).localeCompare(String(b.index)))[0]?.id
  const placed: Placed[] = []
  for (const record of records) {
    if (record.typeName !== 'shape') continue
    let x = Number(record.x) || 0
    let y = Number(record.y) || 0
    let parent = byId.get(String(record.parentId))
    // Depth-capped: a file could make parents a loop.
    for (let depth = 0; parent?.typeName === 'shape' && depth < 50; depth++) {
      x += Number(parent.x) || 0
      y += Number(parent.y) || 0
      parent = byId.get(String(parent.parentId))
    }
    if (parent?.id !== firstPage) continue
    const p = props(record)
    const text = record.type === 'frame' ? String(p.name ?? '') : richTextToPlain(p.richText)
    placed.push({
      record,
      x,
      y,
      w: Math.max(1, Number(p.w) || 0),
      h: Math.max(1, Number(p.h) || 0),
      lines: text
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean),
    })
  }
  return placed
}

/** Paper in the sheet's orientation: a sheet of another size is scaled to A1 (2 units per mm). */
function paperFor(sheet: Placed): { w: number; h: number; scale: number } {
  const size = sheetSize('A1', sheet.w >= sheet.h ? 'landscape' : 'portrait')
  for (const paper of ['A0', 'A1', 'A2', 'A3', 'A4'] as const) {
    for (const orientation of ['landscape', 'portrait'] as const) {
      const exact = sheetSize(paper, orientation)
      if (Math.abs(exact.w - sheet.w) < 1 && Math.abs(exact.h - sheet.h) < 1) return { ...exact, scale: 1 }
    }
  }
  return { ...size, scale: Math.min(size.w / sheet.w, size.h / sheet.h) }
}

/** "3. Title" as Bordduk's export writes a numbered section's heading. */
function numbered(line: string): { number?: string; title: string } {
  const match = /^(\d{1,4})\.\s+(.+)$/.exec(line)
  return match ? { number: match[1]!, title: match[2]! } : { title: line }
}

/**
 * A template from a `.tldr` file's records (as `readTldrFile` returns them), through the same
 * conversion as "save as template" (`templateFromBoard`). A file Bordduk exported has its printed
 * layer tagged (`meta.borddukType`): its sheets, sections (number, title, prompts), checklist
 * items and fields come back from the labels the export wrote. A stock tldraw file's frames
 * become sheets (or, without frames, one sheet around everything), and its boxes (geo shapes)
 * sections: the first line of a box's label is the title, the rest prompts. Sheets of another
 * size are scaled onto A1. Notes, drawings and arrows are the group's work, not the template's,
 * and stay out; the notes' size is kept as the template's note scale. Throws a 400 when the file
 * has nothing a template could be made of, or more than a template holds.
 */
export function templateFromTldr(
  records: readonly StoredRecord[],
  meta: { id: string; title: string; description: string },
): TemplateInput {
  const shapes = placeShapes(records)
  const tagged = (type: string) => shapes.filter((s) => metaType(s.record) === type)
  const fromBordduk = tagged(SHEET_SHAPE).length > 0
  let sheets = fromBordduk ? tagged(SHEET_SHAPE) : shapes.filter((s) => s.record.type === 'frame')
  const boxes = fromBordduk
    ? tagged(SECTION_SHAPE)
    : shapes.filter((s) => s.record.type === 'geo' && metaType(s.record) === undefined)
  if (sheets.length === 0 && boxes.length > 0) {
    const minX = Math.min(...boxes.map((b) => b.x)) - LOOSE_MARGIN
    const minY = Math.min(...boxes.map((b) => b.y)) - LOOSE_MARGIN
    const maxX = Math.max(...boxes.map((b) => b.x + b.w)) + LOOSE_MARGIN
    const maxY = Math.max(...boxes.map((b) => b.y + b.h)) + LOOSE_MARGIN
    sheets = [
      {
        record: { id: 'shape:loose', typeName: 'shape' },
        x: minX,
        y: minY,
        w: maxX - minX,
        h: maxY - minY,
        lines: [],
      },
    ]
  }
  if (sheets.length === 0)
    throw apiProblem(
      400,
      'tldrNoTemplate',
      'the file has no frames or boxes (rectangles) to make a template of',
    )
  if (sheets.length > MAX_SHEETS)
    throw apiProblem(400, 'tldrNoTemplate', `a template has at most ${MAX_SHEETS} sheets (frames)`)

  const notes = shapes.filter((s) => s.record.type === 'note')
  const synthetic: StoredRecord[] = []
  sheets
    .sort((a, b) => a.x - b.x || a.y - b.y)
    .forEach((sheet, s) => {
      const sheetId = `ark-${s + 1}`
      const paper = paperFor(sheet)
      // Each sheet on a row of its own, so nothing of one is read as the other's.
      const origin = { x: 0, y: s * 100_000 }
      const place = (shape: Placed) => {
        const x = Math.min(Math.max(0, (shape.x - sheet.x) * paper.scale), paper.w - 1)
        const y = Math.min(Math.max(0, (shape.y - sheet.y) * paper.scale), paper.h - 1)
        return {
          x: origin.x + x,
          y: origin.y + y,
          w: Math.max(1, Math.min(shape.w * paper.scale, paper.w - x)),
          h: Math.max(1, Math.min(shape.h * paper.scale, paper.h - y)),
        }
      }
      const [heading = '', ...rest] = sheet.lines
      const sheetTitle = fromBordduk ? (heading.split(' – ').at(-1) ?? '') : heading
      const purpose = fromBordduk ? (rest.find((l) => !l.startsWith('▸')) ?? '') : ''
      const columns = fromBordduk ? rest.filter((l) => l.startsWith('▸')).map((l) => cut(l.slice(1))) : []
      const scales = notes
        .filter((n) => centreInside(n, sheet))
        .map((n) => Number(props(n.record).scale) || 1)
      const noteScale = scales.length > 0 ? Math.min(1, Math.max(0.2, scales[0]! * paper.scale)) : undefined
      synthetic.push({
        id: `shape:${sheetId}`,
        typeName: 'shape',
        type: SHEET_SHAPE,
        ...origin,
        props: {
          sheetId,
          sheetTitle: cut(sheetTitle) || cut(meta.title),
          toolTitle: '',
          purpose: cut(purpose),
          columns: columns.slice(0, 8),
          decoration: 'none',
          w: paper.w,
          h: paper.h,
          ...(noteScale ? { noteScale } : {}),
        },
      } as StoredRecord)

      const inside = boxes.filter((b) => centreInside(b, sheet) && b.record !== sheet.record)
      if (inside.length > MAX_SECTIONS_PER_SHEET)
        throw apiProblem(
          400,
          'tldrNoTemplate',
          `a template sheet has at most ${MAX_SECTIONS_PER_SHEET} sections; this file has ${inside.length} boxes on one`,
        )
      inside.forEach((box, n) => {
        const [first = '', ...lines] = box.lines
        const { number, title } = fromBordduk ? numbered(first) : { title: first }
        const checks = tagged(CHECK_SHAPE).filter((c) => centreInside(c, box))
        const hasField = tagged(FIELD_SHAPE).some((f) => centreInside(f, box))
        const area = place(box)
        synthetic.push({
          id: `shape:${sheetId}-felt-${n + 1}`,
          typeName: 'shape',
          type: SECTION_SHAPE,
          x: area.x,
          y: area.y,
          props: {
            sheetId,
            sectionId: `felt-${n + 1}`,
            number: number ?? '',
            title: cut(title) || `${n + 1}`,
            prompts: lines
              .map((l) => cut(l.replace(/^[•▸-]\s*/, '')))
              .filter(Boolean)
              .slice(0, MAX_PROMPTS),
            kind: checks.length > 0 ? 'checklist' : hasField ? 'field' : 'free',
            w: area.w,
            h: area.h,
          },
        } as StoredRecord)
        checks.slice(0, MAX_ITEMS).forEach((check, i) => {
          const at = place(check)
          synthetic.push({
            id: `shape:${sheetId}-felt-${n + 1}-punkt-${i + 1}`,
            typeName: 'shape',
            type: CHECK_SHAPE,
            x: at.x,
            y: at.y,
            props: {
              sheetId,
              itemId: `punkt-${n + 1}-${i + 1}`,
              label: cut((check.lines[0] ?? '').replace(/^[☐☑]\s*/, '')) || `${i + 1}`,
            },
          } as StoredRecord)
        })
      })
    })
  return templateFromBoard(synthetic, meta)
}
