import * as Y from 'yjs'

import type { BoardRole } from '@bordduk/shared'

import type { StoredRecord } from '../boards/boardDocument.ts'
import type { Limits } from '../config.ts'
import { CLIENT_WRITABLE_MAPS, checkRoleRules } from './checks/checkRoleRules.ts'
import { inspectUpdate } from './checks/inspectUpdate.ts'
import type { Need } from './checks/integrationOrder.ts'
import { RefusedUpdateError } from './checks/RefusedUpdateError.ts'
import type { RoomPeer } from './RoomPeer.ts'

/** Updates a connection sent before what they build on reached the server. */
interface Held {
  updates: Waiting[]
  bytes: number
}

/** One held update: what it waits for — clocks the doc lacks, or a connection to go away. */
interface Waiting {
  update: Uint8Array
  needs: Need[]
  /** Another connection writes under a client id this update uses; it is being probed. */
  blockedBy: RoomPeer | null
}

/** Why `tryApply` could not apply an update now. */
type NotYet = { needs: Need[] } | { blockedBy: RoomPeer }

/** What became of held updates when they were tried again. */
export interface RetryOutcome {
  refused: { peer: RoomPeer; error: RefusedUpdateError }[]
  /** Connections whose client ids a held update uses: still alive, or a stale socket? */
  toProbe: RoomPeer[]
}

/**
 * Held updates are looked at again only when the doc got a clock they wait for; their number
 * is bounded too.
 */
const MAX_HELD_UPDATES = 256

export type GateLimits = Pick<Limits, 'maxUpdateBytes' | 'maxBoardBytes' | 'maxPendingUpdateBytes'>

/**
 * The trust boundary of a room: every document update a client sends is read against the
 * doc *before* it is applied (see {@link inspectUpdate}) and applied only if it is valid and
 * allowed for the sender's role. An update that needs something the doc lacks is held for
 * its connection — never left in Yjs's own pending store, where the next transaction, maybe
 * someone else's, would apply it unchecked — and tried again after each applied update.
 */
export class UpdateGate {
  private readonly held = new Map<RoomPeer, Held>()
  /**
   * Which connection writes under which Yjs client id. Client ids are public (presence shows
   * them): writing a live neighbour's next clocks would make the server drop the neighbour's
   * own edits at those clocks as already known.
   */
  private readonly writers = new Map<number, RoomPeer>()
  /** An upper bound on the board's encoded size, made exact when it nears the limit. */
  private approxBytes: number
  private readonly doc: Y.Doc
  private readonly limits: GateLimits
  private readonly current: (key: string) => StoredRecord | undefined
  /** The connection whose presence introduced a client id (it may not have written yet). */
  private readonly presenceOwner: (client: number) => RoomPeer | undefined

  constructor(
    doc: Y.Doc,
    limits: GateLimits,
    initialBytes: number,
    current: (key: string) => StoredRecord | undefined,
    presenceOwner: (client: number) => RoomPeer | undefined,
  ) {
    this.doc = doc
    this.limits = limits
    this.approxBytes = initialBytes
    this.current = current
    this.presenceOwner = presenceOwner
  }

  /**
   * Applies a peer's update (origin: the peer), or holds it until what it builds on arrives.
   * Throws RefusedUpdateError when it must not reach the board; nothing was applied then.
   */
  receive(
    peer: RoomPeer & { role: Exclude<BoardRole, 'view'> },
    update: Uint8Array,
  ): { applied: true } | { applied: false; blockedBy: RoomPeer | null } {
    if (update.byteLength > this.limits.maxUpdateBytes) {
      throw new RefusedUpdateError('oversize', `update over ${this.limits.maxUpdateBytes} bytes`)
    }
    // Updates commute: one that can be placed now goes in even if older ones still wait.
    const notYet = this.tryApply(peer, update)
    if (notYet === null) return { applied: true }
    const waiting = toWaiting(update, notYet)
    this.hold(peer, this.held.get(peer) ?? { updates: [], bytes: 0 }, waiting)
    return { applied: false, blockedBy: waiting.blockedBy }
  }

  /**
   * Tries the held updates again after the doc changed; returns the peers one of whose held
   * updates turned out to be refused, with why.
   */
  retryHeld(): RetryOutcome {
    const refused: { peer: RoomPeer; error: RefusedUpdateError }[] = []
    const toProbe = new Set<RoomPeer>()
    let progress = true
    while (progress) {
      progress = false
      for (const [peer, held] of this.held) {
        try {
          for (let i = 0; i < held.updates.length; i++) {
            const waiting = held.updates[i]!
            if (!this.mayHaveArrived(waiting)) continue
            const notYet = this.tryApply(peer as never, waiting.update)
            if (notYet !== null) {
              Object.assign(waiting, toWaiting(waiting.update, notYet))
              if (waiting.blockedBy) toProbe.add(waiting.blockedBy)
              continue
            }
            held.bytes -= held.updates.splice(i, 1)[0]!.update.byteLength
            progress = true
            i = -1 // what just went in may be what an earlier one waited for
          }
        } catch (error) {
          if (!(error instanceof RefusedUpdateError)) throw error
          this.held.delete(peer)
          refused.push({ peer, error })
          continue
        }
        if (held.updates.length === 0) this.held.delete(peer)
      }
    }
    return { refused, toProbe: [...toProbe] }
  }

  /** Cheap test before a full inspection: has anything it waits for changed? */
  private mayHaveArrived(waiting: Waiting): boolean {
    if (waiting.blockedBy) return !this.isWriter(waiting.blockedBy)
    return waiting.needs.some((need) => Y.getState(this.doc.store, need.client) > need.clock)
  }

  private isWriter(peer: RoomPeer): boolean {
    for (const writer of this.writers.values()) if (writer === peer) return true
    return peer.awarenessIds.size > 0
  }

  forget(peer: RoomPeer): void {
    this.held.delete(peer)
    for (const [client, writer] of this.writers) if (writer === peer) this.writers.delete(client)
  }

  /** The connections with an update held because `owner` writes under its client ids. */
  blockedBehind(owner: RoomPeer): RoomPeer[] {
    return [...this.held]
      .filter(([, held]) => held.updates.some((w) => w.blockedBy === owner))
      .map(([p]) => p)
  }

  /** Whether the peer has updates waiting (a save receipt for it must wait too). */
  isHolding(peer: RoomPeer): boolean {
    return this.held.has(peer)
  }

  /** Bytes held for connections now (all of them). */
  get heldBytes(): number {
    let bytes = 0
    for (const held of this.held.values()) bytes += held.bytes
    return bytes
  }

  /** The server's own changes count towards the board's size too. */
  grew(bytes: number): void {
    this.approxBytes += bytes
  }

  private hold(peer: RoomPeer, held: Held, waiting: Waiting): void {
    const update = waiting.update
    const full = held.updates.length >= MAX_HELD_UPDATES
    if (full || held.bytes + update.byteLength > this.limits.maxPendingUpdateBytes) {
      this.held.delete(peer)
      throw new RefusedUpdateError(
        'tooLarge',
        `too many updates wait for changes the server never got (${MAX_HELD_UPDATES} or ${this.limits.maxPendingUpdateBytes} bytes)`,
      )
    }
    held.updates.push(waiting)
    held.bytes += update.byteLength
    this.held.set(peer, held)
  }

  /** Applies the update if the doc has all it needs (`null`); else what it waits for. */
  private tryApply(peer: RoomPeer & { role: Exclude<BoardRole, 'view'> }, update: Uint8Array): NotYet | null {
    const inspection = inspectUpdate(this.doc, update, CLIENT_WRITABLE_MAPS)
    if (inspection.kind === 'missing') return { needs: inspection.needs }
    for (const client of inspection.writers) {
      if (client === this.doc.clientID) {
        throw new RefusedUpdateError('forbidden', "may not write under the server's client id")
      }
      // The same browser back on a new socket while its old one still looks open: it waits
      // until the old one is found dead (the room probes it), or is refused if it answers.
      const writer = this.writers.get(client) ?? this.presenceOwner(client)
      if (writer && writer !== peer) return { blockedBy: writer }
    }
    checkRoleRules(inspection, peer.role, this.current)
    if (inspection.addsContent) this.checkRoom(update.byteLength)
    Y.applyUpdate(this.doc, update, peer)
    for (const client of inspection.writers) this.writers.set(client, peer)
    this.approxBytes += update.byteLength
    const store = this.doc.store
    if (store.pendingStructs !== null || store.pendingDs !== null) {
      // The inspection should have made this impossible; if Yjs parked anything anyway, it
      // must not wait there for someone else's transaction.
      store.pendingStructs = null
      store.pendingDs = null
      throw new RefusedUpdateError('malformed', 'update left parts the server could not place')
    }
    return null
  }

  private checkRoom(incomingBytes: number): void {
    const max = this.limits.maxBoardBytes
    if (this.approxBytes + incomingBytes <= max) return
    this.approxBytes = Y.encodeStateAsUpdate(this.doc).byteLength
    if (this.approxBytes + incomingBytes > max) {
      throw new RefusedUpdateError('tooLarge', `board is full (${formatBytes(max)})`)
    }
  }
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MiB` : `${Math.ceil(bytes / 1024)} KiB`
}

function toWaiting(update: Uint8Array, notYet: NotYet): Waiting {
  return 'blockedBy' in notYet
    ? { update, needs: [], blockedBy: notYet.blockedBy }
    : { update, needs: notYet.needs, blockedBy: null }
}
