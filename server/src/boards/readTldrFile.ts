import { z } from 'zod'

import {
  CHECK_SHAPE,
  FIELD_SHAPE,
  SECTION_SHAPE,
  SHEET_SHAPE,
  createBorddukSchema,
  schemaIsNewer,
} from '@bordduk/shared/shapes'

import { apiProblem } from '../http/apiProblem.ts'
import type { StoredRecord } from './boardDocument.ts'
import { checkEntry } from './checkRecord.ts'

/** The envelope every `.tldr` file from tldraw 2.x to 5.x has; what is inside is checked below. */
const tldrEnvelopeSchema = z.object({
  tldrawFileFormatVersion: z.literal(1),
  schema: z.union([
    z.object({
      schemaVersion: z.literal(1),
      storeVersion: z.number(),
      recordVersions: z.record(z.string(), z.unknown()),
    }),
    z.object({
      schemaVersion: z.literal(2),
      sequences: z.record(z.string(), z.number().int().nonnegative()),
    }),
  ]),
  records: z
    .array(z.object({ id: z.string().min(1).max(200), typeName: z.string() }).passthrough())
    .max(20_000),
})

const schema = createBorddukSchema()

/** What `meta.borddukType` may say: the printed layer's shape types (see portableTldrFile.ts). */
const PRINTED_TYPES: readonly unknown[] = [SHEET_SHAPE, SECTION_SHAPE, CHECK_SHAPE, FIELD_SHAPE]

/**
 * A `.tldr` file's records as a board's: migrated with tldraw's own migrations to the schema we
 * write, every record checked like one a browser sends, and the printed layer Bordduk exported
 * (`meta.borddukType`) locked and guarded again. Throws a 400 saying why, before anything is stored.
 */
export function readTldrFile(json: unknown): StoredRecord[] {
  const envelope = tldrEnvelopeSchema.safeParse(json)
  if (!envelope.success) {
    const issue = envelope.error.issues[0]!
    throw apiProblem(
      400,
      'notTldrFile',
      `not a tldraw file: ${issue.path.join('.') || 'file'}: ${issue.message}`,
    )
  }
  const ours = schema.serialize()
  const fileSchema = envelope.data.schema
  if (fileSchema.schemaVersion === 2 && schemaIsNewer(fileSchema, ours))
    throw apiProblem(
      400,
      'tldrSchemaTooNew',
      'the file was made by a newer tldraw, or has shapes this server does not know',
    )
  // Cameras, pointers and a session's instance state are the sender's, not the board's.
  const documentRecords = envelope.data.records.filter(
    (record) =>
      Object.hasOwn(schema.types, record.typeName) &&
      schema.types[record.typeName as keyof typeof schema.types].scope === 'document',
  )
  const unknown = envelope.data.records.find((record) => !Object.hasOwn(schema.types, record.typeName))
  if (unknown)
    throw apiProblem(
      400,
      'tldrInvalidRecord',
      `record ${envelope.data.records.indexOf(unknown)}: unknown record type`,
    )
  const ids = new Set(documentRecords.map((r) => r.id))
  if (ids.size !== documentRecords.length)
    throw apiProblem(400, 'tldrInvalidRecord', 'two records share an id')

  const migrated = schema.migrateStoreSnapshot({
    store: Object.fromEntries(documentRecords.map((r) => [r.id, r])) as never,
    schema: fileSchema as never,
  })
  if (migrated.type !== 'success')
    throw apiProblem(
      400,
      migrated.reason === 'target-version-too-old' ? 'tldrSchemaTooNew' : 'notTldrFile',
      `the file's records could not be migrated: ${migrated.reason}`,
    )
  const records = Object.values(migrated.value as unknown as Record<string, StoredRecord>).map(
    restorePrintedLayer,
  )
  records.forEach((record, n) => {
    // The same check as a record a browser sends: plain JSON, valid under tldraw's validators and ours.
    const check = checkEntry({ key: record.id, val: record })
    if (!check.ok)
      throw apiProblem(400, 'tldrInvalidRecord', `record ${n} (${record.id.slice(0, 60)}): ${check.reason}`)
  })
  if (!records.some((r) => r.typeName === 'document') || !records.some((r) => r.typeName === 'page'))
    throw apiProblem(400, 'notTldrFile', 'not a tldraw file: it has no document or no page')
  // A shape on a page (or in a shape) the file does not have, or a binding to a missing shape,
  // would leave the board's browsers a store tldraw cannot draw.
  const present = new Set(records.map((r) => r.id))
  records.forEach((record, n) => {
    const refs =
      record.typeName === 'shape'
        ? [record.parentId]
        : record.typeName === 'binding'
          ? [record.fromId, record.toId]
          : []
    if (refs.some((ref) => typeof ref !== 'string' || !present.has(ref)))
      throw apiProblem(
        400,
        'tldrInvalidRecord',
        `record ${n} (${record.id.slice(0, 60)}): refers to a record the file does not have`,
      )
  })
  return records
}

/**
 * A shape Bordduk exported from its printed layer comes back locked and guarded (`meta.template`).
 * The export wrote the layer as tldraw rectangles and text whose labels join several fields
 * (title and number, prompts, columns), so it stays in that form rather than being guessed apart.
 * Any other shape is the file's own, and cannot claim to be printed.
 */
function restorePrintedLayer(record: StoredRecord): StoredRecord {
  if (record.typeName !== 'shape') return record
  const meta = { ...((record.meta ?? {}) as Record<string, unknown>) }
  delete meta.template
  const printed = typeof meta.borddukType === 'string' && PRINTED_TYPES.includes(meta.borddukType)
  return printed ? { ...record, isLocked: true, meta: { ...meta, template: true } } : { ...record, meta }
}
