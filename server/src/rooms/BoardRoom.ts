import * as awarenessProtocol from 'y-protocols/awareness'
import * as Y from 'yjs'

import type { Logger } from '../logger.ts'
import { applyStoredDoc } from '../storage/applyStoredDoc.ts'
import type { Store } from '../storage/Store.ts'
import { encodeAwareness, encodeSyncStep1, encodeUpdate } from '../sync/syncEncoding.ts'
import { DocPersistence } from './DocPersistence.ts'
import type { PersistenceOptions } from './DocPersistence.ts'
import { guardTemplateRecords } from './guardTemplateRecords.ts'
import type { RoomPeer } from './RoomPeer.ts'

/** Transaction origin for state read from storage: applied, never written back. */
const LOAD_ORIGIN = Symbol('load')

/**
 * One board in memory: its Y.Doc, the presence of everyone on it, and the peers connected.
 * Every document change is broadcast as one encoded buffer and handed to persistence.
 */
export class BoardRoom {
  readonly doc = new Y.Doc()
  readonly awareness = new awarenessProtocol.Awareness(this.doc)
  readonly persistence: DocPersistence
  private readonly peers = new Set<RoomPeer>()
  private readonly logger: Logger
  private unguard: () => void = () => {}

  readonly boardId: string
  private readonly store: Store

  constructor(boardId: string, store: Store, logger: Logger, persistenceOptions?: PersistenceOptions) {
    this.boardId = boardId
    this.store = store
    this.logger = logger
    // The server is not a participant: it must not show up in anyone's presence list.
    this.awareness.setLocalState(null)
    this.persistence = new DocPersistence(boardId, this.doc, store, logger, persistenceOptions)
  }

  /** Reads the board from storage. Nobody is answered before this resolves. */
  async load(): Promise<void> {
    const stored = await this.store.loadDoc(this.boardId)
    applyStoredDoc(this.doc, stored, LOAD_ORIGIN)
    this.persistence.loaded(stored)
    this.unguard = guardTemplateRecords(
      this.doc,
      (origin): origin is RoomPeer => isPeer(origin, this.peers) && origin.role !== 'facilitator',
      this.boardId,
      this.logger,
    )
    this.doc.on('update', this.onDocUpdate)
    this.awareness.on('update', this.onAwarenessUpdate)
  }

  get peerCount(): number {
    return this.peers.size
  }

  /** Starts the sync handshake with a new peer: our state vector, then who is here. */
  addPeer(peer: RoomPeer): void {
    this.peers.add(peer)
    peer.send(encodeSyncStep1(this.doc))
    const present = [...this.awareness.getStates().keys()]
    if (present.length > 0) peer.send(encodeAwareness(this.awareness, present))
  }

  /** Forgets a peer and its presence. */
  removePeer(peer: RoomPeer): void {
    if (!this.peers.delete(peer)) return
    awarenessProtocol.removeAwarenessStates(this.awareness, [...peer.awarenessIds], null)
  }

  /** Closes every peer (used at shutdown and when a room must be dropped). */
  closePeers(code: number, reason: string): void {
    for (const peer of this.peers) peer.close(code, reason)
    this.peers.clear()
  }

  /** The peers connected now (to re-check their keys after a rotation). */
  get connectedPeers(): readonly RoomPeer[] {
    return [...this.peers]
  }

  destroy(): void {
    this.unguard()
    this.persistence.dispose()
    this.awareness.destroy()
    this.doc.destroy()
  }

  private readonly onDocUpdate = (update: Uint8Array, origin: unknown): void => {
    if (origin === LOAD_ORIGIN) return
    const message = encodeUpdate(update)
    for (const peer of this.peers) if (peer !== origin) peer.send(message)
    this.persistence.enqueue(update)
  }

  private readonly onAwarenessUpdate = (
    change: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ): void => {
    const changed = [...change.added, ...change.updated, ...change.removed]
    if (isPeer(origin, this.peers)) {
      for (const id of change.added) origin.awarenessIds.add(id)
      for (const id of change.removed) origin.awarenessIds.delete(id)
    }
    // Sent to everyone, the sender too: y-websocket clients treat silence as a dead link.
    const message = encodeAwareness(this.awareness, changed)
    for (const peer of this.peers) peer.send(message)
  }
}

function isPeer(origin: unknown, peers: Set<RoomPeer>): origin is RoomPeer {
  return peers.has(origin as RoomPeer)
}
