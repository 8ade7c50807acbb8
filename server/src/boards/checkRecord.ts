import { createBorddukSchema, schemaIsNewer } from '@bordduk/shared/shapes'

import type { StoredRecord } from './boardDocument.ts'
import { richTextProblem } from './checkRichText.ts'

/** The schema every board is written with: tldraw's records and shapes plus our template layer. */
const schema = createBorddukSchema()

/** One `{key, val}` entry of the records array, checked. */
export type EntryCheck = { ok: true; key: string; record: StoredRecord } | { ok: false; reason: string }

/**
 * Checks one records-array entry the way a browser's tldraw store would before putting it:
 * `{key, val}` with `key === val.id`, a record type that belongs in the document (not a
 * camera or a session's instance state), and valid under tldraw's own record validators.
 */
export function checkEntry(entry: unknown): EntryCheck {
  if (!isObject(entry)) return { ok: false, reason: 'entry is not an object' }
  // A "__proto__" key on the wire becomes a prototype when Yjs decodes it: what is read then
  // (inherited key or props) is not what is encoded again for the other peers and storage.
  if (!isPlainJson(entry, 0)) return { ok: false, reason: 'entry is not plain JSON' }
  const { key, val } = entry
  if (typeof key !== 'string') return { ok: false, reason: 'entry has no key' }
  if (!isObject(val)) return { ok: false, reason: 'entry has no record' }
  if (val.id !== key) return { ok: false, reason: "entry key differs from its record's id" }
  const reason = checkRecord(val)
  return reason === null ? { ok: true, key, record: val as StoredRecord } : { ok: false, reason }
}

/** `null` when the record is valid on a board, else why not. */
export function checkRecord(record: Record<string, unknown>): string | null {
  const typeName = record.typeName
  if (typeof typeName !== 'string') return 'record has no type'
  const type = Object.hasOwn(schema.types, typeName)
    ? schema.types[typeName as keyof typeof schema.types]
    : undefined
  if (!type) return `unknown record type ${JSON.stringify(typeName.slice(0, 40))}`
  if (type.scope !== 'document') return `record type ${typeName} does not belong in a board`
  try {
    type.validate(record as never)
    const props = record.props as { richText?: unknown } | undefined
    if (typeName === 'shape' && props && 'richText' in props) {
      const problem = richTextProblem(props.richText)
      if (problem) return `invalid shape: ${problem}`
    }
    return null
  } catch (error) {
    return `invalid ${typeName}: ${error instanceof Error ? error.message.split('\n')[0] : 'failed validation'}`
  }
}

/** The serialized schema the server writes and migrates boards to. */
export function currentSchema() {
  return schema.serialize()
}

/** Records stored under an older schema, brought up to date; those that cannot be are left out. */
export function migrateRecords(
  records: Record<string, unknown>[],
  storedSchema: unknown,
): Record<string, unknown>[] {
  const ours = schema.serialize()
  // Only the server writes the schema, and it never writes a newer one: a newer one was forged.
  // The records were checked when they were written; take them as ours (checkEntry follows).
  if (schemaIsNewer(storedSchema, ours)) return records
  const from = (storedSchema ?? ours) as typeof ours
  const whole = schema.migrateStoreSnapshot({
    store: Object.fromEntries(records.map((r) => [r.id, r])) as never,
    schema: from,
  })
  if (whole.type === 'success') return Object.values(whole.value) as never
  // One record that cannot migrate must not cost the others: try each alone.
  const migrated: Record<string, unknown>[] = []
  for (const record of records) {
    const one = schema.migrateStoreSnapshot({ store: { [String(record.id)]: record } as never, schema: from })
    // A record that cannot migrate is left out; the repair then drops its entry.
    if (one.type === 'success') migrated.push(...(Object.values(one.value) as never[]))
  }
  return migrated
}

/** Plain objects and arrays all the way down (and not absurdly deep). */
export function isPlainJson(value: unknown, depth: number): boolean {
  if (typeof value !== 'object' || value === null) return typeof value !== 'function'
  if (depth > MAX_JSON_DEPTH) return false
  const prototype = Object.getPrototypeOf(value)
  if (Array.isArray(value)) {
    return prototype === Array.prototype && value.every((item) => isPlainJson(item, depth + 1))
  }
  if (prototype !== Object.prototype && prototype !== null) return false
  return Object.values(value).every((item) => isPlainJson(item, depth + 1))
}

const MAX_JSON_DEPTH = 64

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
