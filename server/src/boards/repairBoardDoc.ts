import type * as Y from 'yjs'

import { Y_META_MAP, Y_META_SCHEMA_KEY, Y_RECORDS_ARRAY, Y_WORKSHOP_MAP } from '@bordduk/shared'

import type { StoredRecord } from './boardDocument.ts'
import { checkEntry, currentSchema, migrateRecords } from './checkRecord.ts'

/** What a repair found and dropped; all zero for a healthy board. */
export interface RepairReport {
  droppedEntries: number
  migratedEntries: number
  droppedRootTypes: string[]
  schemaRewritten: boolean
  droppedPending: boolean
}

const KNOWN_ROOTS = new Set([Y_RECORDS_ARRAY, Y_META_MAP, Y_WORKSHOP_MAP])

/**
 * Makes a board's doc one that every browser can open, in one transaction (origin `origin`,
 * so it is stored and sent like any change): drops records entries that are not valid tldraw
 * records under our schema, brings older records up to date, empties root types that are no
 * part of a board, and puts our schema back in `tl_meta`. Boards written before the server
 * checked every update, or poisoned by hand in the database, open again.
 */
export function repairBoardDoc(doc: Y.Doc, origin: unknown): RepairReport {
  const report: RepairReport = {
    droppedEntries: 0,
    migratedEntries: 0,
    droppedRootTypes: [],
    schemaRewritten: false,
    droppedPending: false,
  }
  if (doc.store.pendingStructs !== null || doc.store.pendingDs !== null) {
    // Stored updates with gaps: what they hold can never be placed.
    doc.store.pendingStructs = null
    doc.store.pendingDs = null
    report.droppedPending = true
  }
  doc.transact((transaction) => {
    for (const [name, type] of doc.share) {
      if (!KNOWN_ROOTS.has(name) && emptyType(type, transaction)) report.droppedRootTypes.push(name)
    }
    // The records array holds entries, never keyed values.
    emptyType(doc.getArray(Y_RECORDS_ARRAY), transaction, { keepList: true })

    const meta = doc.getMap<unknown>(Y_META_MAP)
    const ours = currentSchema()
    const array = doc.getArray<unknown>(Y_RECORDS_ARRAY)
    const entries = array.toArray()
    const candidates = entries.flatMap((entry) => {
      const e = entry as { key?: unknown; val?: unknown } | null
      return e && typeof e === 'object' && typeof e.val === 'object' && e.val !== null
        ? [e.val as Record<string, unknown>]
        : []
    })
    const migrated = migrateRecords(candidates, meta.get(Y_META_SCHEMA_KEY))
    const byId = new Map(migrated.map((record) => [record.id, record]))
    const replacements: { key: string; val: StoredRecord }[] = []
    for (let i = entries.length - 1; i >= 0; i--) {
      const entry = entries[i] as { key?: unknown; val?: { id?: unknown } } | null
      const record = entry?.val && typeof entry.val === 'object' ? byId.get(entry.val.id) : undefined
      const check = checkEntry(record ? { key: entry!.key, val: record } : entry)
      if (!check.ok) {
        array.delete(i, 1)
        report.droppedEntries++
      } else if (JSON.stringify(check.record) !== JSON.stringify(entry!.val)) {
        array.delete(i, 1)
        replacements.push({ key: check.key, val: check.record })
        report.migratedEntries++
      }
    }
    if (replacements.length > 0) array.push(replacements.reverse())
    for (const key of meta.keys()) if (key !== Y_META_SCHEMA_KEY) meta.delete(key)
    if (JSON.stringify(meta.get(Y_META_SCHEMA_KEY)) !== JSON.stringify(ours)) {
      meta.set(Y_META_SCHEMA_KEY, ours)
      report.schemaRewritten = true
    }
  }, origin)
  return report
}

/**
 * Deletes the content of a type without knowing which kind it is (an attacker's root type
 * arrives as a bare AbstractType): its list items and its keyed values. True if anything went.
 */
function emptyType(
  type: Y.AbstractType<any>, // eslint-disable-line @typescript-eslint/no-explicit-any -- any root type
  transaction: Y.Transaction,
  { keepList = false } = {},
): boolean {
  let dropped = false
  for (let item = keepList ? null : type._start; item !== null; item = item.right) {
    if (!item.deleted) {
      item.delete(transaction)
      dropped = true
    }
  }
  for (const item of type._map.values()) {
    if (!item.deleted) {
      item.delete(transaction)
      dropped = true
    }
  }
  return dropped
}

/** True when the repair changed nothing. */
export function isHealthy(report: RepairReport): boolean {
  return (
    report.droppedEntries === 0 &&
    report.migratedEntries === 0 &&
    report.droppedRootTypes.length === 0 &&
    !report.schemaRewritten &&
    !report.droppedPending
  )
}
