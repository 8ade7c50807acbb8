import * as encoding from 'lib0/encoding'
import * as Y from 'yjs'

import { Y_RECORDS_ARRAY } from '@bordduk/shared'

import type { StoredRecord } from '../../boards/boardDocument.ts'

// Building blocks for updates a crafted client sends. They work on the raw records array, never
// through y-utility's YKeyValue: its observer throws on the very entries an attacker pushes.

/** The update one transaction of `change` makes on `doc` (which keeps the change). */
export function updateOf(doc: Y.Doc, change: (doc: Y.Doc) => void): Uint8Array {
  let update: Uint8Array | undefined
  const capture = (u: Uint8Array) => (update = u)
  doc.on('update', capture)
  try {
    doc.transact(() => change(doc))
  } finally {
    doc.off('update', capture)
  }
  if (!update) throw new Error('the change changed nothing')
  return update
}

/**
 * A copy of `doc`'s state in a new doc: with a fresh client id by default, so what it writes
 * never collides with the original's clocks; with `clientId` to forge someone's clocks.
 */
export function forkOf(doc: Y.Doc, clientId?: number): Y.Doc {
  const fork = new Y.Doc()
  Y.applyUpdate(fork, Y.encodeStateAsUpdate(doc))
  // Only now: Yjs gives a doc a new id when a remote update writes under its own.
  if (clientId !== undefined) fork.clientID = clientId
  return fork
}

function recordsArray(doc: Y.Doc): Y.Array<unknown> {
  return doc.getArray<unknown>(Y_RECORDS_ARRAY)
}

/** Deletes every entry whose key is `key` (what a YKeyValue set or delete does first). */
export function deleteKey(doc: Y.Doc, key: string): void {
  const array = recordsArray(doc)
  const entries = array.toArray()
  for (let i = entries.length - 1; i >= 0; i--) {
    if ((entries[i] as { key?: unknown } | null)?.key === key) array.delete(i, 1)
  }
}

/**
 * Inserts any value with `insert` (a push or a map set), even those Yjs's own API refuses:
 * `undefined` goes in as `null`, and an own `constructor` key (Yjs picks the content type by
 * `value.constructor`) is put back on the inserted object before the transaction encodes it.
 */
export function insertAny(value: unknown, insert: (value: unknown) => void): void {
  if (typeof value === 'object' && value !== null && Object.hasOwn(value, 'constructor')) {
    const { constructor: ownConstructor, ...rest } = value as Record<string, unknown>
    insert(rest)
    Object.defineProperty(rest, 'constructor', { value: ownConstructor, enumerable: true, writable: true })
    return
  }
  insert(value === undefined ? null : value)
}

/** Pushes any value as a records entry, after deleting the entries of `replacing` if given. */
export function pushEntry(doc: Y.Doc, entry: unknown, replacing?: string): void {
  if (replacing !== undefined) deleteKey(doc, replacing)
  insertAny(entry, (value) => recordsArray(doc).push([value]))
}

/** Writes a record the way the client binding does: `{key: id, val}` replacing the old entry. */
export function putRecord(doc: Y.Doc, record: StoredRecord): void {
  pushEntry(doc, { key: record.id, val: record }, record.id)
}

/** The record stored under `key` in a doc (the last entry with that key). */
export function recordIn(doc: Y.Doc, key: string): StoredRecord | undefined {
  let found: StoredRecord | undefined
  for (const entry of recordsArray(doc).toArray()) {
    const e = entry as { key?: unknown; val?: unknown } | null
    if (e?.key === key) found = e.val as StoredRecord
  }
  return found
}

/** A range of one client's clocks. */
export interface ClockRange {
  client: number
  clock: number
  len: number
}

/**
 * A Yjs (v1) update that carries no structs, only a delete set: how a client says "these items
 * are gone", written by hand so that it can name any client and clock.
 */
export function deleteSetUpdate(ranges: readonly ClockRange[]): Uint8Array {
  const byClient = new Map<number, ClockRange[]>()
  for (const range of ranges) byClient.set(range.client, [...(byClient.get(range.client) ?? []), range])
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, 0) // no structs
  encoding.writeVarUint(encoder, byClient.size)
  for (const [client, list] of byClient) {
    encoding.writeVarUint(encoder, client)
    encoding.writeVarUint(encoder, list.length)
    for (const { clock, len } of list) {
      encoding.writeVarUint(encoder, clock)
      encoding.writeVarUint(encoder, len)
    }
  }
  return encoding.toUint8Array(encoder)
}

/** Ranges covering every item `client` has written into `doc` (say, the server's template layer). */
export function clockRangesOf(doc: Y.Doc, client: number): ClockRange[] {
  const structs = doc.store.clients.get(client) ?? []
  return structs.map((struct) => ({ client, clock: struct.id.clock, len: struct.length }))
}
