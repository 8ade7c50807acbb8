import { createTLSchema } from '@tldraw/tlschema'

import {
  CHECK_SHAPE,
  FIELD_SHAPE,
  SECTION_SHAPE,
  SHEET_SHAPE,
  createBorddukSchema,
} from '@bordduk/shared/shapes'
import type {
  CheckShapeProps,
  FieldShapeProps,
  SectionShapeProps,
  SheetShapeProps,
} from '@bordduk/shared/shapes'

import type { StoredRecord } from './boardDocument.ts'

type SerializedSchema = ReturnType<ReturnType<typeof createTLSchema>['serialize']>

export interface TldrFile {
  tldrawFileFormatVersion: 1
  schema: SerializedSchema
  records: StoredRecord[]
}

type Paragraph = { type: 'paragraph'; content?: { type: 'text'; text: string; marks?: { type: 'bold' }[] }[] }

/** tldraw rich text from lines; the first may be bold (a heading). Empty lines stay empty paragraphs. */
function richText(lines: string[], boldFirst = false) {
  const content: Paragraph[] = lines.map((text, i) => ({
    type: 'paragraph',
    ...(text
      ? { content: [{ type: 'text', text, ...(boldFirst && i === 0 ? { marks: [{ type: 'bold' }] } : {}) }] }
      : {}),
  }))
  return { type: 'doc', content }
}

/** A tldraw rectangle with a label in its top-left corner: what a printed box becomes. */
function box(w: number, h: number, lines: string[], fill: 'none' | 'semi' | 'solid', color = 'grey') {
  return {
    geo: 'rectangle',
    dash: 'solid',
    url: '',
    w,
    h,
    growY: 0,
    scale: 1,
    flipX: false,
    flipY: false,
    labelColor: 'black',
    color,
    fill,
    size: 's',
    font: 'sans',
    align: 'start',
    verticalAlign: 'start',
    richText: richText(lines, true),
  }
}

/**
 * Our template shapes as tldraw's own: sheets, sections and fields as labelled rectangles (a
 * field's label, then its text), checks as text.
 */
function toStockShape(record: StoredRecord): StoredRecord {
  const base = { ...record, meta: { ...(record.meta as object), borddukType: record.type } }
  switch (record.type) {
    case SHEET_SHAPE: {
      const p = record.props as SheetShapeProps
      const title = [p.toolTitle, p.sheetTitle].filter(Boolean).join(' – ')
      return {
        ...base,
        type: 'geo',
        props: box(p.w, p.h, [title, p.purpose, ...p.columns.map((c) => `▸ ${c}`)], 'none', 'blue'),
      }
    }
    case SECTION_SHAPE: {
      const p = record.props as SectionShapeProps
      const title = `${p.number ? `${p.number}. ` : ''}${p.title}`
      return {
        ...base,
        type: 'geo',
        props: box(p.w, p.h, [title, ...p.prompts.map((q) => `• ${q}`)], 'semi'),
      }
    }
    case CHECK_SHAPE: {
      const p = record.props as CheckShapeProps
      return {
        ...base,
        type: 'text',
        props: {
          color: 'black',
          size: 's',
          font: 'sans',
          textAlign: 'start',
          w: p.w,
          richText: richText([`${p.checked ? '☑' : '☐'} ${p.label}`]),
          scale: 1,
          autoSize: false,
        },
      }
    }
    case FIELD_SHAPE: {
      const p = record.props as FieldShapeProps
      return {
        ...base,
        type: 'geo',
        props: box(p.w, p.h, [p.label, ...p.text.split('\n')], 'solid', 'white'),
      }
    }
    default:
      return record
  }
}

/**
 * The board as a `.tldr` file that stock tldraw (tldraw.com, or any app with tldraw's default
 * shapes) opens: records brought up to the current schema, then the template layer rewritten
 * into tldraw's own shapes, still locked and tagged in `meta.borddukType`.
 */
export function toPortableTldrFile(stored: readonly StoredRecord[], storedSchema: unknown): TldrFile {
  const ours = createBorddukSchema()
  const migrated = ours.migrateStoreSnapshot({
    store: Object.fromEntries(stored.map((record) => [record.id, record])) as never,
    schema: (storedSchema as SerializedSchema | undefined) ?? ours.serialize(),
  })
  if (migrated.type !== 'success') throw new Error(`board records could not be migrated: ${migrated.reason}`)
  const records = Object.values(migrated.value as unknown as Record<string, StoredRecord>).map((record) =>
    record.typeName === 'shape' ? toStockShape(record) : record,
  )
  return { tldrawFileFormatVersion: 1, schema: createTLSchema().serialize(), records }
}
