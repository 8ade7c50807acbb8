import type { TLRecord, TLStore } from 'tldraw'
import { YKeyValue } from 'y-utility/y-keyvalue'
import type * as Y from 'yjs'

import { Y_META_MAP, Y_META_SCHEMA_KEY, Y_RECORDS_ARRAY } from '@bordduk/shared'
import { schemaIsNewer } from '@bordduk/shared/shapes'

import { isDraft } from '../silent/isDraft.ts'

/** Transaction origin of changes this tab made, so we do not apply them twice. */
export const LOCAL_ORIGIN = Symbol('bordduk-local')

/** The doc holds records written by a newer tldraw than this page: the page must reload. */
export class DocumentTooNewError extends Error {
  override name = 'DocumentTooNewError'
}

type RecordChanges = Map<
  string,
  { action: 'add' | 'update'; newValue: TLRecord } | { action: 'delete'; oldValue: TLRecord }
>

/**
 * Binds a tldraw store to a Y.Doc in both directions and returns the unbind function.
 * The doc is the truth: its records are migrated into the store first; after that, local
 * user edits go to the doc (one transaction per store batch) and remote doc changes enter
 * the store through `mergeRemoteChanges`, which keeps them out of undo and out of our own
 * listener.
 */
export function bindRecords(store: TLStore, doc: Y.Doc): () => void {
  dropBrokenEntries(doc)
  const records = new YKeyValue<TLRecord>(doc.getArray(Y_RECORDS_ARRAY))
  const meta = doc.getMap<unknown>(Y_META_MAP)
  loadDocIntoStore(store, records, meta)

  const stopListening = store.listen(
    ({ changes }) => {
      // Notes written in silence stay in this browser (and go to the server aside) until the
      // reveal; a draft whose flag is taken off goes in as a new record then.
      doc.transact(() => {
        for (const record of Object.values(changes.added))
          if (!isDraft(record)) records.set(record.id, record)
        for (const [, record] of Object.values(changes.updated))
          if (!isDraft(record)) records.set(record.id, record)
        for (const [id, record] of Object.entries(changes.removed)) if (!isDraft(record)) records.delete(id)
      }, LOCAL_ORIGIN)
    },
    { source: 'user', scope: 'document' },
  )

  const onDocChange = (changes: RecordChanges, transaction: Y.Transaction) => {
    if (transaction.origin === LOCAL_ORIGIN) return
    const toPut: TLRecord[] = []
    const toRemove: TLRecord['id'][] = []
    changes.forEach((change, id) => {
      if (change.action === 'delete') toRemove.push(id as TLRecord['id'])
      else toPut.push(change.newValue)
    })
    applyRemote(store, toPut, toRemove)
  }
  records.on('change', onDocChange)

  return () => {
    stopListening()
    records.off('change', onDocChange)
  }
}

/**
 * y-utility's YKeyValue throws on entries that are not objects; the server refuses them, but a
 * browser's local copy from before may still hold some. They are deleted, as anyone may.
 */
function dropBrokenEntries(doc: Y.Doc) {
  const array = doc.getArray<unknown>(Y_RECORDS_ARRAY)
  const broken = array
    .toArray()
    .flatMap((entry, index) => (typeof entry === 'object' && entry !== null && 'key' in entry ? [] : [index]))
  if (broken.length === 0) return
  console.warn(`bordduk: dropped ${broken.length} broken entries from the board`)
  doc.transact(() => {
    for (const index of broken.reverse()) array.delete(index, 1)
  }, LOCAL_ORIGIN)
}

function loadDocIntoStore(store: TLStore, records: YKeyValue<TLRecord>, meta: Y.Map<unknown>) {
  const stored = Object.fromEntries(
    [...records.map.values()].filter(isEntry).map((entry) => [entry.key, entry.val]),
  )
  const ourSchema = store.schema.serialize()
  const storedSchema = (meta.get(Y_META_SCHEMA_KEY) ?? ourSchema) as typeof ourSchema
  // The server migrates a board when it loads it and writes the schema; a page never writes
  // it (the server would refuse that), it only reads older records into its own store.
  if (schemaIsNewer(storedSchema, ourSchema)) {
    throw new DocumentTooNewError('the board was written by a newer tldraw than this page has')
  }
  let migrated = store.schema.migrateStoreSnapshot({ store: stored, schema: storedSchema })
  if (migrated.type === 'error') {
    // One record that cannot be migrated must not cost the others: migrate them one by one.
    const one = (record: TLRecord) =>
      store.schema.migrateStoreSnapshot({ store: { [record.id]: record }, schema: storedSchema })
    const each = Object.values(stored).map(one)
    migrated = {
      type: 'success',
      value: Object.assign({}, ...each.map((result) => (result.type === 'success' ? result.value : {}))),
    }
    console.warn(`bordduk: ${each.filter((r) => r.type === 'error').length} records could not be migrated`)
  }
  putSkippingInvalid(store, Object.values(migrated.value) as TLRecord[])
}

/** An entry as YKeyValue keeps it; anything else in the array is not a record. */
function isEntry(entry: unknown): entry is { key: string; val: TLRecord } {
  const e = entry as { key?: unknown; val?: { id?: unknown } } | null
  return typeof e === 'object' && e !== null && typeof e.key === 'string' && e.val?.id === e.key
}

/**
 * Puts records as remote changes; one invalid record is logged and skipped, never fatal, so
 * a board always opens with everything valid on it (the first load and live merges alike).
 */
function putSkippingInvalid(store: TLStore, records: TLRecord[]) {
  store.mergeRemoteChanges(() => {
    try {
      store.put(records)
    } catch {
      let skipped = 0
      for (const record of records) {
        try {
          store.put([record])
        } catch (error) {
          skipped++
          console.warn('bordduk: skipped an invalid record from the board', record?.id, error)
        }
      }
      console.warn(`bordduk: skipped ${skipped} invalid record(s) of ${records.length}`)
    }
  })
}

/** Applies remote records; one invalid record is logged and skipped, never fatal. */
function applyRemote(store: TLStore, toPut: TLRecord[], toRemove: TLRecord['id'][]) {
  if (toRemove.length > 0) store.mergeRemoteChanges(() => store.remove(toRemove))
  if (toPut.length > 0) putSkippingInvalid(store, toPut)
}
