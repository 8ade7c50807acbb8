import type { TLRecord, TLStore } from 'tldraw'
import { YKeyValue } from 'y-utility/y-keyvalue'
import type * as Y from 'yjs'

import { Y_META_MAP, Y_META_SCHEMA_KEY, Y_RECORDS_ARRAY } from '@bordduk/shared'

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
  const records = new YKeyValue<TLRecord>(doc.getArray(Y_RECORDS_ARRAY))
  const meta = doc.getMap<unknown>(Y_META_MAP)
  loadDocIntoStore(store, doc, records, meta)

  const stopListening = store.listen(
    ({ changes }) => {
      doc.transact(() => {
        for (const record of Object.values(changes.added)) records.set(record.id, record)
        for (const [, record] of Object.values(changes.updated)) records.set(record.id, record)
        for (const id of Object.keys(changes.removed)) records.delete(id)
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

function loadDocIntoStore(store: TLStore, doc: Y.Doc, records: YKeyValue<TLRecord>, meta: Y.Map<unknown>) {
  const stored = Object.fromEntries(records.yarray.toArray().map((entry) => [entry.key, entry.val]))
  const ourSchema = store.schema.serialize()
  const storedSchema = meta.get(Y_META_SCHEMA_KEY) ?? ourSchema
  const migrated = store.schema.migrateStoreSnapshot({
    store: stored,
    schema: storedSchema as typeof ourSchema,
  })
  if (migrated.type === 'error') {
    throw new DocumentTooNewError(`cannot migrate board: ${migrated.reason}`)
  }
  const migratedRecords = Object.values(migrated.value) as TLRecord[]
  store.mergeRemoteChanges(() => store.put(migratedRecords))

  // Write migrated records back, so every client reads the same, current shape of the data.
  if (JSON.stringify(storedSchema) !== JSON.stringify(ourSchema)) {
    doc.transact(() => {
      for (const record of migratedRecords) {
        if (JSON.stringify(stored[record.id]) !== JSON.stringify(record)) records.set(record.id, record)
      }
      meta.set(Y_META_SCHEMA_KEY, ourSchema)
    }, LOCAL_ORIGIN)
  }
}

/** Applies remote records; one invalid record is logged and skipped, never fatal. */
function applyRemote(store: TLStore, toPut: TLRecord[], toRemove: TLRecord['id'][]) {
  store.mergeRemoteChanges(() => {
    if (toRemove.length > 0) store.remove(toRemove)
    if (toPut.length === 0) return
    try {
      store.put(toPut)
    } catch {
      for (const record of toPut) {
        try {
          store.put([record])
        } catch (error) {
          console.warn('bordduk: skipped an invalid record from the board', record.id, error)
        }
      }
    }
  })
}
