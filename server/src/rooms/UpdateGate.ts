import * as Y from 'yjs'

import type { BoardRole } from '@bordduk/shared'

import type { StoredRecord } from '../boards/boardDocument.ts'
import type { Limits } from '../config.ts'
import { CLIENT_WRITABLE_MAPS, checkRoleRules } from './checks/checkRoleRules.ts'
import { inspectUpdate } from './checks/inspectUpdate.ts'
import { RefusedUpdateError } from './checks/RefusedUpdateError.ts'
import type { RoomPeer } from './RoomPeer.ts'

/** Updates a connection sent before what they build on reached the server. */
interface Held {
  updates: Uint8Array[]
  bytes: number
}

/** Held updates are retried one by one after every change; their number is bounded too. */
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

  constructor(
    doc: Y.Doc,
    limits: GateLimits,
    initialBytes: number,
    current: (key: string) => StoredRecord | undefined,
  ) {
    this.doc = doc
    this.limits = limits
    this.approxBytes = initialBytes
    this.current = current
  }

  /**
   * Applies a peer's update (origin: the peer), or holds it until what it builds on arrives.
   * Throws RefusedUpdateError when it must not reach the board; nothing was applied then.
   */
  receive(peer: RoomPeer & { role: Exclude<BoardRole, 'view'> }, update: Uint8Array): 'applied' | 'held' {
    if (update.byteLength > this.limits.maxUpdateBytes) {
      throw new RefusedUpdateError('oversize', `update over ${this.limits.maxUpdateBytes} bytes`)
    }
    // Updates commute: one that can be placed now goes in even if older ones still wait.
    if (this.tryApply(peer, update)) return 'applied'
    this.hold(peer, this.held.get(peer) ?? { updates: [], bytes: 0 }, update)
    return 'held'
  }

  /**
   * Tries the held updates again after the doc changed; returns the peers one of whose held
   * updates turned out to be refused, with why.
   */
  retryHeld(): { peer: RoomPeer; error: RefusedUpdateError }[] {
    const refused: { peer: RoomPeer; error: RefusedUpdateError }[] = []
    let progress = true
    while (progress) {
      progress = false
      for (const [peer, held] of this.held) {
        try {
          for (let i = 0; i < held.updates.length; i++) {
            if (!this.tryApply(peer as never, held.updates[i]!)) continue
            held.bytes -= held.updates.splice(i, 1)[0]!.byteLength
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
    return refused
  }

  forget(peer: RoomPeer): void {
    this.held.delete(peer)
    for (const [client, writer] of this.writers) if (writer === peer) this.writers.delete(client)
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

  /** After compaction the exact size is known again. */
  resetSize(bytes: number): void {
    this.approxBytes = bytes
  }

  private hold(peer: RoomPeer, held: Held, update: Uint8Array): void {
    const full = held.updates.length >= MAX_HELD_UPDATES
    if (full || held.bytes + update.byteLength > this.limits.maxPendingUpdateBytes) {
      this.held.delete(peer)
      throw new RefusedUpdateError(
        'tooLarge',
        `too many updates wait for changes the server never got (${MAX_HELD_UPDATES} or ${this.limits.maxPendingUpdateBytes} bytes)`,
      )
    }
    held.updates.push(update)
    held.bytes += update.byteLength
    this.held.set(peer, held)
  }

  /** Applies the update if the doc has all it needs; false if it must wait. */
  private tryApply(peer: RoomPeer & { role: Exclude<BoardRole, 'view'> }, update: Uint8Array): boolean {
    const inspection = inspectUpdate(this.doc, update, CLIENT_WRITABLE_MAPS)
    if (inspection.kind === 'missing') return false
    for (const client of inspection.writers) {
      const writer = this.writers.get(client)
      if (client === this.doc.clientID || (writer && writer !== peer)) {
        throw new RefusedUpdateError('forbidden', "may not write under another connection's client id")
      }
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
    return true
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
