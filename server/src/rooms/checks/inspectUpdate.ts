import * as Y from 'yjs'

import { Y_RECORDS_ARRAY } from '@bordduk/shared'

import { checkEntry } from '../../boards/checkRecord.ts'
import type { StoredRecord } from '../../boards/boardDocument.ts'
import { findContaining, groupByClient, integrationOrder } from './integrationOrder.ts'
import type { Need, Struct } from './integrationOrder.ts'
import { RefusedUpdateError } from './RefusedUpdateError.ts'

/** A records entry an update inserts; `live` unless the same update deletes it again. */
export interface InsertedEntry {
  key: string
  record: StoredRecord
  live: boolean
}

/** A records entry of the doc that an update deletes. */
export interface DeletedEntry {
  key: string
  record: StoredRecord
}

/** Writes outside the records array that some roles may make (checked by the caller). */
export interface MapWrite {
  root: string
  key: string
  /** The value written, or `undefined` for a delete. */
  value: unknown
}

/** What an update would do to a board, read before it is applied. */
export type Inspection =
  | { kind: 'missing'; needs: Need[] }
  | {
      kind: 'ok'
      inserted: InsertedEntry[]
      deleted: DeletedEntry[]
      mapWrites: MapWrite[]
      /** Whether it adds anything (a pure delete never grows the board). */
      addsContent: boolean
      /** Yjs client ids under which it writes structs the doc does not have yet. */
      writers: number[]
    }

type DeleteRanges = Map<number, { clock: number; len: number }[]>

/** Where an item lands: a root type's array, a root map's key, or nowhere (garbage-collected). */
type Placement = { root: string; sub: string | null } | 'discarded'

/**
 * Reads a Yjs update against a board's doc without applying it, the way Yjs would integrate
 * it: which of its structs the doc cannot place yet (then it is `missing` and must wait, never
 * parked inside the doc where someone else's transaction would apply it unchecked), where
 * every inserted item lands, and which existing items its delete set removes.
 *
 * Throws {@link RefusedUpdateError} for what no client may send: nested or unknown types in
 * the records array, entries that are not valid tldraw records, writes to other root types
 * than the records array and the maps listed in `mapRoots`, deletes outside those.
 */
export function inspectUpdate(doc: Y.Doc, update: Uint8Array, mapRoots: readonly string[]): Inspection {
  let decoded: { structs: Struct[]; ds: { clients: DeleteRanges } }
  try {
    decoded = Y.decodeUpdate(update) as unknown as typeof decoded
  } catch (error) {
    throw new RefusedUpdateError('malformed', `cannot decode: ${(error as Error).message}`)
  }
  // Sorted, so that looking an id up is a binary search whatever order a crafted update uses.
  for (const ranges of decoded.ds.clients.values()) ranges.sort((a, b) => a.clock - b.clock)
  const byClient = groupByClient(decoded.structs)
  const integration = integrationOrder(doc, byClient)
  if ('needs' in integration) return { kind: 'missing', needs: integration.needs }
  const { order } = integration
  const reach = new Map<number, number>()
  for (const [client, structs] of byClient) {
    const last = structs.findLast((s) => !(s instanceof Y.Skip))
    reach.set(client, Math.max(Y.getState(doc.store, client), last ? last.id.clock + last.length : 0))
  }
  for (const [client, ranges] of decoded.ds.clients) {
    const known = reach.get(client) ?? Y.getState(doc.store, client)
    for (const range of ranges) {
      if (range.clock + range.len > known)
        return { kind: 'missing', needs: [{ client, clock: range.clock + range.len - 1 }] }
    }
  }

  const placements = new Map<Y.Item, Placement>()
  const inserted: InsertedEntry[] = []
  const mapWrites: MapWrite[] = []
  let addsContent = false
  for (const { struct, offset } of order) {
    if (!(struct instanceof Y.Item)) continue
    const placement = place(doc, struct, byClient, placements)
    placements.set(struct, placement)
    if (placement === 'discarded' || struct.content instanceof Y.ContentDeleted) continue
    addsContent = true
    if (placement.root === Y_RECORDS_ARRAY && placement.sub === null) {
      if (!(struct.content instanceof Y.ContentAny)) {
        throw new RefusedUpdateError('invalid', 'records may only hold plain entries, not nested types')
      }
      const values = struct.content.arr
      for (let i = offset; i < values.length; i++) {
        const entry = checkEntry(values[i])
        if (!entry.ok) throw new RefusedUpdateError('invalid', entry.reason)
        const id = Y.createID(struct.id.client, struct.id.clock + i)
        inserted.push({ key: entry.key, record: entry.record, live: !inRanges(decoded.ds.clients, id) })
      }
    } else if (mapRoots.includes(placement.root) && placement.sub !== null) {
      const values = struct.content instanceof Y.ContentAny ? struct.content.arr : null
      if (!values || values.length !== 1 || offset > 0) {
        throw new RefusedUpdateError('forbidden', `only plain values may be written to ${placement.root}`)
      }
      mapWrites.push({ root: placement.root, key: placement.sub, value: values[0] })
    } else {
      throw new RefusedUpdateError('forbidden', `may not write ${describe(placement)}`)
    }
  }

  const deleted: DeletedEntry[] = []
  for (const [client, ranges] of decoded.ds.clients) {
    const stored = Y.getState(doc.store, client)
    for (const range of ranges) {
      const end = Math.min(range.clock + range.len, stored)
      if (range.clock >= end) continue // only this update's own new items: seen above
      collectDeletes(doc, client, range.clock, end, mapRoots, deleted, mapWrites)
    }
  }
  const writers = [...new Set(order.map(({ struct }) => struct.id.client))]
  return { kind: 'ok', inserted, deleted, mapWrites, addsContent, writers }
}

/** Where Yjs would put an item: its explicit parent, else that of its left or right neighbour. */
function place(
  doc: Y.Doc,
  item: Y.Item,
  byClient: Map<number, Struct[]>,
  placements: Map<Y.Item, Placement>,
): Placement {
  // Decoded, not integrated: Yjs leaves a root type's name (a string) in `parent`.
  const parent = item.parent as unknown
  if (typeof parent === 'string') return { root: parent, sub: item.parentSub }
  if (parent instanceof Y.ID) {
    throw new RefusedUpdateError('forbidden', 'nested Yjs types are not part of a board')
  }
  const left = item.origin && findStruct(doc, item.origin, byClient)
  const right = item.rightOrigin && findStruct(doc, item.rightOrigin, byClient)
  // Next to garbage, Yjs collects the item at once: it reaches nobody.
  if (left instanceof Y.GC || right instanceof Y.GC) return 'discarded'
  const neighbour = left ?? right
  if (!(neighbour instanceof Y.Item)) throw new RefusedUpdateError('malformed', 'an item has no parent')
  return placements.get(neighbour) ?? placementInDoc(neighbour)
}

/** The placement of an item already in the doc. */
function placementInDoc(item: Y.Item): Placement {
  const parent = item.parent
  if (!(parent instanceof Y.AbstractType)) return 'discarded'
  if (parent._item !== null)
    throw new RefusedUpdateError('forbidden', 'nested Yjs types are not part of a board')
  return { root: Y.findRootTypeKey(parent), sub: item.parentSub }
}

/** The struct holding `id`: in the doc if it has it, else among the update's own. */
function findStruct(doc: Y.Doc, id: Y.ID, byClient: Map<number, Struct[]>): Struct | undefined {
  if (id.clock < Y.getState(doc.store, id.client)) return Y.getItem(doc.store, id) as Y.Item | Y.GC
  return findContaining(byClient.get(id.client) ?? [], id.clock)
}

/** Records the live entries (or map values) that deleting `[from, to)` of a client removes. */
function collectDeletes(
  doc: Y.Doc,
  client: number,
  from: number,
  to: number,
  mapRoots: readonly string[],
  deleted: DeletedEntry[],
  mapWrites: MapWrite[],
): void {
  const structs = doc.store.clients.get(client)
  if (!structs) return
  for (let i = Y.findIndexSS(structs, from); i < structs.length; i++) {
    const struct = structs[i]!
    if (struct.id.clock >= to) break
    if (!(struct instanceof Y.Item) || struct.deleted) continue
    const placement = placementInDoc(struct)
    if (placement === 'discarded') continue
    if (placement.root === Y_RECORDS_ARRAY && placement.sub === null) {
      if (!(struct.content instanceof Y.ContentAny)) continue
      const start = Math.max(from, struct.id.clock) - struct.id.clock
      const end = Math.min(to, struct.id.clock + struct.length) - struct.id.clock
      for (const value of struct.content.arr.slice(start, end)) {
        const entry = value as { key?: unknown; val?: unknown } | null
        // Deleting a broken entry is always welcome; only real records are reported.
        if (entry && typeof entry.key === 'string' && typeof entry.val === 'object' && entry.val !== null) {
          deleted.push({ key: entry.key, record: entry.val as StoredRecord })
        }
      }
    } else if (mapRoots.includes(placement.root) && placement.sub !== null) {
      mapWrites.push({ root: placement.root, key: placement.sub, value: undefined })
    } else {
      throw new RefusedUpdateError('forbidden', `may not delete from ${describe(placement)}`)
    }
  }
}

function inRanges(ranges: DeleteRanges, id: Y.ID): boolean {
  return findContaining(ranges.get(id.client) ?? [], id.clock) !== undefined
}

function describe(placement: Placement): string {
  if (placement === 'discarded') return 'garbage'
  const root = JSON.stringify(placement.root.slice(0, 40))
  return placement.sub === null
    ? `the root type ${root}`
    : `${root}[${JSON.stringify(placement.sub.slice(0, 40))}]`
}
