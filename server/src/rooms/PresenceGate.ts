import * as awarenessProtocol from 'y-protocols/awareness'

import type { Limits } from '../config.ts'
import { MAX_AWARENESS_IDS_PER_PEER, filterAwareness } from './checks/filterAwareness.ts'
import type { RoomPeer } from './RoomPeer.ts'

/** Tokens refilled per second and held at most, per connection. */
interface Bucket {
  tokens: number
  refilledAt: number
}

/**
 * Who may say what in a room's presence (cursors, names, selections): each awareness client id
 * belongs to the connection that introduced it, states are capped in size, and a connection
 * that sends faster than the rate has its messages coalesced: only the latest waits, and goes
 * out when the rate allows (each message carries the whole state, so nothing is lost but the
 * in-between cursor positions).
 */
export class PresenceGate {
  private readonly owners = new Map<number, RoomPeer>()
  private readonly buckets = new Map<RoomPeer, Bucket>()
  private readonly deferred = new Map<RoomPeer, { update: Uint8Array; timer: NodeJS.Timeout }>()
  private readonly awareness: awarenessProtocol.Awareness
  private readonly limits: Pick<Limits, 'maxAwarenessBytes' | 'awarenessUpdatesPerSecond'>

  /** Where a deferred message goes when its time comes (the room, which handles refusals). */
  private readonly onDeferred: (peer: RoomPeer, update: Uint8Array) => void
  /** Another connection sent presence under an id this one owns: is it still alive? */
  private readonly onContested: (owner: RoomPeer) => void

  constructor(
    awareness: awarenessProtocol.Awareness,
    limits: Pick<Limits, 'maxAwarenessBytes' | 'awarenessUpdatesPerSecond'>,
    onDeferred: (peer: RoomPeer, update: Uint8Array) => void,
    onContested: (owner: RoomPeer) => void = () => {},
  ) {
    this.awareness = awareness
    this.limits = limits
    this.onDeferred = onDeferred
    this.onContested = onContested
  }

  /** Drops every timer (the room is going away). */
  dispose(): void {
    for (const { timer } of this.deferred.values()) clearTimeout(timer)
    this.deferred.clear()
  }

  /** Applies what the peer may send; throws RefusedUpdateError for an oversized state. */
  apply(peer: RoomPeer, update: Uint8Array): void {
    if (!this.takeToken(peer)) return this.defer(peer, update)
    const others = new Set<RoomPeer>()
    const mayWrite = (id: number, removal: boolean) => {
      const owner = this.owners.get(id)
      if (owner && owner !== peer) others.add(owner)
      return this.mayWrite(peer, id, removal)
    }
    const filtered = filterAwareness(update, mayWrite, this.limits.maxAwarenessBytes)
    // Someone else's id: maybe the same browser back on a new socket, its old one not yet gone.
    for (const owner of others) this.onContested(owner)
    if (!filtered) return
    for (const id of filtered.clientIds) {
      this.owners.set(id, peer)
      peer.awarenessIds.add(id)
    }
    awarenessProtocol.applyAwarenessUpdate(this.awareness, filtered.update, peer)
  }

  /** Removes everything the peer introduced. */
  forget(peer: RoomPeer): void {
    const waiting = this.deferred.get(peer)
    if (waiting) clearTimeout(waiting.timer)
    this.deferred.delete(peer)
    this.buckets.delete(peer)
    const ids = [...peer.awarenessIds].filter((id) => this.owners.get(id) === peer)
    for (const id of ids) this.owners.delete(id)
    peer.awarenessIds.clear()
    awarenessProtocol.removeAwarenessStates(this.awareness, ids, null)
  }

  /** The connection that introduced an awareness client id, if it is still here. */
  ownerOf(clientId: number): RoomPeer | undefined {
    return this.owners.get(clientId)
  }

  get ownedIds(): number {
    return this.owners.size
  }

  /** Keeps only the newest message of a peer over its rate, sent once a token is back. */
  private defer(peer: RoomPeer, update: Uint8Array): void {
    // Checked now, so an oversized state is refused at once, not later.
    filterAwareness(update, () => true, this.limits.maxAwarenessBytes)
    const waiting = this.deferred.get(peer)
    if (waiting) {
      waiting.update = update
      return
    }
    const timer = setTimeout(() => {
      const latest = this.deferred.get(peer)
      this.deferred.delete(peer)
      if (latest) this.onDeferred(peer, latest.update)
    }, 1000 / this.limits.awarenessUpdatesPerSecond)
    this.deferred.set(peer, { update, timer })
  }

  private mayWrite(peer: RoomPeer, clientId: number, removal: boolean): boolean {
    const owner = this.owners.get(clientId)
    if (owner) return owner === peer
    // A y-websocket client relays everyone's presence changes, its first own state comes
    // first: it claims one id, by setting a state, never by relaying someone's removal.
    return !removal && peer.awarenessIds.size < MAX_AWARENESS_IDS_PER_PEER
  }

  private takeToken(peer: RoomPeer): boolean {
    const rate = this.limits.awarenessUpdatesPerSecond
    const now = performance.now()
    const bucket = this.buckets.get(peer) ?? { tokens: rate, refilledAt: now }
    bucket.tokens = Math.min(rate, bucket.tokens + ((now - bucket.refilledAt) / 1000) * rate)
    bucket.refilledAt = now
    this.buckets.set(peer, bucket)
    if (bucket.tokens < 1) return false
    bucket.tokens -= 1
    return true
  }
}
