import * as Y from 'yjs'

import { Y_RECORDS_ARRAY } from '@bordduk/shared'

import { checkEntry } from '../../boards/checkRecord.ts'
import type { StoredRecord } from '../../boards/boardDocument.ts'
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
  | { kind: 'missing' }
  | {
      kind: 'ok'
      inserted: InsertedEntry[]
      deleted: DeletedEntry[]
      mapWrites: MapWrite[]
      /** Whether it adds anything (a pure delete never grows the board). */
      addsContent: boolean
    }

type Struct = Y.Item | Y.GC | Y.Skip
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
  const order = integrationOrder(doc, byClient)
  if (order === null) return { kind: 'missing' }
  const reach = new Map<number, number>()
  for (const [client, structs] of byClient) {
    const last = structs.findLast((s) => !(s instanceof Y.Skip))
    reach.set(client, Math.max(Y.getState(doc.store, client), last ? last.id.clock + last.length : 0))
  }
  for (const [client, ranges] of decoded.ds.clients) {
    const known = reach.get(client) ?? Y.getState(doc.store, client)
    for (const range of ranges) if (range.clock + range.len > known) return { kind: 'missing' }
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
  return { kind: 'ok', inserted, deleted, mapWrites, addsContent }
}

/** Structs per client in clock order; a client may appear in only one block of an update. */
function groupByClient(structs: Struct[]): Map<number, Struct[]> {
  const byClient = new Map<number, Struct[]>()
  let previous: number | undefined
  for (const struct of structs) {
    const client = struct.id.client
    let list = byClient.get(client)
    if (!list) byClient.set(client, (list = []))
    else if (previous !== client) throw new RefusedUpdateError('malformed', 'a client appears twice')
    list.push(struct)
    previous = client
  }
  return byClient
}

/**
 * The order in which Yjs would integrate the update's new structs, or `null` if any of them
 * needs something neither the doc nor the update has (a clock gap, an unknown origin or
 * parent). A worklist: a client's next struct is taken once everything it refers to is known.
 */
function integrationOrder(
  doc: Y.Doc,
  byClient: Map<number, Struct[]>,
): { struct: Struct; offset: number }[] | null {
  const reach = new Map<number, number>()
  const known = (id: Y.ID) => id.clock < (reach.get(id.client) ?? Y.getState(doc.store, id.client))
  const next = new Map<number, number>()
  const waiting = new Map<number, { clock: number; client: number }[]>()
  const queue: number[] = []
  for (const client of byClient.keys()) {
    reach.set(client, Y.getState(doc.store, client))
    next.set(client, 0)
    queue.push(client)
  }
  const order: { struct: Struct; offset: number }[] = []
  let remaining = 0
  for (const structs of byClient.values()) remaining += structs.filter((s) => !(s instanceof Y.Skip)).length

  while (queue.length > 0) {
    const client = queue.pop()!
    const structs = byClient.get(client)!
    let i = next.get(client)!
    while (i < structs.length) {
      const struct = structs[i]!
      if (struct instanceof Y.Skip) break // what follows a skip depends on what the skip left out
      const clientReach = reach.get(client)!
      if (struct.id.clock > clientReach) break
      const blocker = struct instanceof Y.Item ? unknownReference(struct, known) : null
      if (blocker) {
        const list = waiting.get(blocker.client) ?? []
        list.push({ clock: blocker.clock, client })
        waiting.set(blocker.client, list)
        break
      }
      const end = struct.id.clock + struct.length
      if (end > clientReach) {
        order.push({ struct, offset: clientReach - struct.id.clock })
        reach.set(client, end)
      }
      remaining--
      i++
    }
    next.set(client, i)
    // Wake the clients that waited for this one to reach further.
    const list = waiting.get(client)
    if (list) {
      const stillWaiting = list.filter((w) => w.clock >= reach.get(client)!)
      for (const w of list) if (w.clock < reach.get(client)!) queue.push(w.client)
      waiting.set(client, stillWaiting)
    }
  }
  return remaining === 0 ? order : null
}

/** The first ID an item refers to that is not known yet, if any. */
function unknownReference(item: Y.Item, known: (id: Y.ID) => boolean): Y.ID | null {
  // An origin of the item's own client must lie before it, or Yjs would read it unintegrated.
  for (const ref of [item.origin, item.rightOrigin, item.parent instanceof Y.ID ? item.parent : null]) {
    if (!ref) continue
    if (ref.client === item.id.client && ref.clock >= item.id.clock) {
      throw new RefusedUpdateError('malformed', 'an item refers to itself or to what follows it')
    }
    if (!known(ref)) return ref
  }
  return null
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

/** Binary search in clock-ordered, contiguous runs (a client's structs, or sorted delete ranges). */
function findContaining<T extends { clock: number; len: number } | Struct>(
  runs: readonly T[],
  clock: number,
): T | undefined {
  let low = 0
  let high = runs.length - 1
  while (low <= high) {
    const mid = (low + high) >> 1
    const run = runs[mid]!
    const start = 'id' in run ? run.id.clock : run.clock
    const length = 'id' in run ? run.length : run.len
    if (clock < start) high = mid - 1
    else if (clock >= start + length) low = mid + 1
    else return run
  }
  return undefined
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
