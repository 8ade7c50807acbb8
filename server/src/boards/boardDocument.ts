import { YKeyValue } from 'y-utility/y-keyvalue'
import type * as Y from 'yjs'

import { Y_META_MAP, Y_META_SCHEMA_KEY, Y_RECORDS_ARRAY } from '@bordduk/shared'

/** A tldraw record as stored in the Y.Doc: plain JSON with an id. */
export interface StoredRecord {
  id: string
  typeName: string
  [key: string]: unknown
}

/** The record list of a board's Y.Doc, in the layout the client binding uses. */
export function boardRecords(doc: Y.Doc): YKeyValue<StoredRecord> {
  return new YKeyValue<StoredRecord>(doc.getArray(Y_RECORDS_ARRAY))
}

/** Writes records and the schema they follow into an empty doc, in one transaction. */
export function writeInitialRecords(doc: Y.Doc, records: readonly StoredRecord[], schema: unknown): void {
  doc.transact(() => {
    const kv = boardRecords(doc)
    for (const record of records) kv.set(record.id, record)
    doc.getMap(Y_META_MAP).set(Y_META_SCHEMA_KEY, schema)
  })
}
