import { createHash } from 'node:crypto'

import * as awarenessProtocol from 'y-protocols/awareness'
import * as Y from 'yjs'

import type { BoardChannel, BoardSignal, RemoteWriter } from '../fanout/Fanout.ts'

/** How often a room tells the other instances what it holds, so a dropped message is repaired. */
export const REPAIR_INTERVAL_MS = 5_000
/** How long a just-linked room waits to hear who is on the board through other instances. */
const SETTLE_MS = 750

/** At most this often a room answers a peer instance's "holding" with its own (no ping-pong). */
const ASK_BACK_MIN_MS = 1_000

/** Transaction / awareness origin of what another instance sent: shown to local peers, not stored here. */
export class RemoteOrigin {
  readonly instanceId: string
  constructor(instanceId: string) {
    this.instanceId = instanceId
  }
}

export interface RoomLinkParts {
  doc: Y.Doc
  awareness: awarenessProtocol.Awareness
  /** Awareness ids announced by this instance's own peers (answers a presence query). */
  localPresenceIds(): number[]
  /** The tabs on the board through this instance, as other instances see them. */
  localWriters(): RemoteWriter[]
  /** True while some local change is not yet stored: it must not leave this instance yet. */
  hasUnsaved(): boolean
  /** After a remote update: held local updates may now fit. */
  changed(): void
}

/**
 * A room's link to the other instances serving its board (see Fanout). Stored updates and
 * presence go out; what comes in is applied as {@link RemoteOrigin}. Pub/sub may drop messages,
 * so every few seconds the room says what it holds (state vector + a digest of its deletes) and
 * whoever holds more answers with the difference: instances converge with no client's help.
 */
export class RoomLink {
  private readonly channel: BoardChannel
  private readonly parts: RoomLinkParts
  /** Remote parts Yjs could not place yet (something before them was dropped): retried later. */
  private waiting: Uint8Array[] = []
  /** Awareness ids each other instance announced, to clear them when it goes silent. */
  private readonly remoteIds = new Map<string, Set<number>>()
  /** Who may write through each other instance (what it last said). */
  private readonly remoteWriters = new Map<string, RemoteWriter[]>()
  /** What this instance last said about its writers, to say it again only when it changes. */
  private writersSaid = ''
  private readonly repairTimer: NodeJS.Timeout | null
  private lastAskedBack = 0
  private settle: () => void = () => {}
  /**
   * Resolves once another instance has said who is on the board through it, or after a moment
   * (there may be no other instance): before that, "nobody with that session" is not an answer.
   */
  readonly settled = new Promise<void>((resolve) => {
    this.settle = resolve
  })

  constructor(channel: BoardChannel, parts: RoomLinkParts, repairs: boolean) {
    this.channel = channel
    this.parts = parts
    this.repairTimer = repairs ? setInterval(() => this.announceHolding(), REPAIR_INTERVAL_MS) : null
    this.repairTimer?.unref()
  }

  /** Just loaded: ask the others for their peers' presence and for anything we lack. */
  start(): void {
    setTimeout(() => this.settle(), SETTLE_MS).unref()
    this.channel.publish({ kind: 'presenceQuery' })
    this.announceHolding()
    this.writersChanged(true)
  }

  /** The tabs that may write here may have changed (joined, left, announced presence). */
  writersChanged(force = false): void {
    const writers = this.parts.localWriters()
    const said = JSON.stringify(writers)
    if (!force && said === this.writersSaid) return
    this.writersSaid = said
    this.channel.publish({ kind: 'writers', writers })
  }

  /** Tabs on the board through other instances. */
  get peersElsewhere(): RemoteWriter[] {
    return [...this.remoteWriters.values()].flat()
  }

  /** Tabs that may write through other instances. */
  get writersElsewhere(): RemoteWriter[] {
    return this.peersElsewhere.filter((peer) => peer.role !== 'view')
  }

  /** The link to the others came back after a break. */
  reconnected(): void {
    this.start()
  }

  /** An update this instance has stored (never before: what others hold is stored somewhere). */
  stored(update: Uint8Array): void {
    this.channel.publish({ kind: 'update', update })
  }

  /** A presence change on this instance (from a local peer, or a state timing out here). */
  presenceChanged(clients: number[]): void {
    this.channel.publish({
      kind: 'awareness',
      update: awarenessProtocol.encodeAwarenessUpdate(this.parts.awareness, clients),
    })
  }

  receive(signal: BoardSignal, from: string): void {
    const origin = new RemoteOrigin(from)
    switch (signal.kind) {
      case 'update':
        this.applyRemote(signal.update, origin)
        return
      case 'awareness':
        this.applyPresence(signal.update, origin)
        return
      case 'holding':
        this.answerHolding(signal.stateVector, signal.deletesDigest)
        return
      case 'presenceQuery': {
        const ids = this.parts.localPresenceIds()
        if (ids.length > 0) this.presenceChanged(ids)
        this.writersChanged(true)
        return
      }
      case 'writers':
        this.remoteWriters.set(from, signal.writers)
        this.settle()
        return
    }
  }

  /** Another instance went silent: the cursors of its peers go too. */
  forgetInstance(instanceId: string): void {
    this.remoteWriters.delete(instanceId)
    const ids = this.remoteIds.get(instanceId)
    this.remoteIds.delete(instanceId)
    if (!ids || ids.size === 0) return
    awarenessProtocol.removeAwarenessStates(this.parts.awareness, [...ids], new RemoteOrigin(instanceId))
  }

  async close(): Promise<void> {
    if (this.repairTimer) clearInterval(this.repairTimer)
    await this.channel.leave()
  }

  private applyRemote(update: Uint8Array, origin: RemoteOrigin): void {
    const { doc } = this.parts
    Y.applyUpdate(doc, update, origin)
    // Retry what waited: this update may be the part it lacked.
    const waiting = this.waiting
    this.waiting = []
    for (const parked of waiting) Y.applyUpdate(doc, parked, origin)
    // Nothing may stay parked inside the doc: a local peer's next transaction would pick it up,
    // and the room's gate refuses updates that leave parts behind. Keep such parts out here.
    const store = doc.store
    if (store.pendingStructs) this.waiting.push(store.pendingStructs.update)
    if (store.pendingDs) this.waiting.push(store.pendingDs)
    store.pendingStructs = null
    store.pendingDs = null
    this.parts.changed()
  }

  private applyPresence(update: Uint8Array, origin: RemoteOrigin): void {
    const ids = this.remoteIds.get(origin.instanceId) ?? new Set<number>()
    this.remoteIds.set(origin.instanceId, ids)
    const track = ({
      added,
      updated,
      removed,
    }: {
      added: number[]
      updated: number[]
      removed: number[]
    }) => {
      for (const id of [...added, ...updated]) ids.add(id)
      for (const id of removed) ids.delete(id)
    }
    this.parts.awareness.on('change', track)
    try {
      awarenessProtocol.applyAwarenessUpdate(this.parts.awareness, update, origin)
    } finally {
      this.parts.awareness.off('change', track)
    }
  }

  private announceHolding(): void {
    const { doc } = this.parts
    this.channel.publish({
      kind: 'holding',
      stateVector: Y.encodeStateVector(doc),
      deletesDigest: deletesDigest(doc),
    })
  }

  private answerHolding(remoteVector: Uint8Array, remoteDigest: string): void {
    const { doc } = this.parts
    let remote: Map<number, number>
    try {
      remote = Y.decodeStateVector(remoteVector)
    } catch {
      return
    }
    const mine = Y.decodeStateVector(Y.encodeStateVector(doc))
    const hasMore = [...mine].some(([client, clock]) => clock > (remote.get(client) ?? 0))
    const lacks = [...remote].some(([client, clock]) => clock > (mine.get(client) ?? 0))
    const sameDeletes = deletesDigest(doc) === remoteDigest
    // The sender holds something we lack: say what we hold, so it answers now rather than at
    // its next round (after a Redis restart the instances come back a moment apart).
    if ((lacks || !sameDeletes) && Date.now() - this.lastAskedBack >= ASK_BACK_MIN_MS) {
      this.lastAskedBack = Date.now()
      this.announceHolding()
    }
    if (!hasMore && sameDeletes) return
    // Only what is stored leaves this instance; the next round will carry the rest.
    if (this.parts.hasUnsaved()) return
    this.channel.publish({ kind: 'update', update: Y.encodeStateAsUpdate(doc, remoteVector) })
  }
}

/** A digest of the doc's delete set: deletions do not move the state vector. */
function deletesDigest(doc: Y.Doc): string {
  const deletesOnly = Y.encodeStateAsUpdate(doc, Y.encodeStateVector(doc))
  return createHash('sha256').update(deletesOnly).digest('base64url')
}
