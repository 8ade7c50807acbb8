import * as Y from 'yjs'

import { RefusedUpdateError } from './RefusedUpdateError.ts'

/** What a decoded update holds: items, garbage and skipped ranges. */
export type Struct = Y.Item | Y.GC | Y.Skip

/** Structs per client in clock order; a client may appear in only one block of an update. */
export function groupByClient(structs: Struct[]): Map<number, Struct[]> {
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

/** A clock the doc lacks: the update can go on only once the doc's state for `client` passes `clock`. */
export interface Need {
  client: number
  clock: number
}

/**
 * The order in which Yjs would integrate the update's new structs, or — if any of them needs
 * something neither the doc nor the update has (a clock gap, an unknown origin or parent) —
 * what it waits for. A worklist: a client's next struct is taken once all it refers to is known.
 */
export function integrationOrder(
  doc: Y.Doc,
  byClient: Map<number, Struct[]>,
): { order: { struct: Struct; offset: number }[] } | { needs: Need[] } {
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
  if (remaining === 0) return { order }
  const needs: Need[] = []
  for (const [client, structs] of byClient) {
    const blocked = structs[next.get(client)!]
    if (!blocked) continue
    if (blocked instanceof Y.Skip) needs.push({ client, clock: blocked.id.clock })
    else if (blocked.id.clock > reach.get(client)!) needs.push({ client, clock: blocked.id.clock - 1 })
  }
  for (const [client, list] of waiting) for (const w of list) needs.push({ client, clock: w.clock })
  return { needs }
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

/** Binary search in clock-ordered, contiguous runs (a client's structs, or sorted delete ranges). */
export function findContaining<T extends { clock: number; len: number } | Struct>(
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
