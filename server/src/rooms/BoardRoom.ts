import { YKeyValue } from 'y-utility/y-keyvalue'
import * as awarenessProtocol from 'y-protocols/awareness'
import * as Y from 'yjs'

import {
  Y_META_MAP,
  Y_META_SCHEMA_KEY,
  Y_RECORDS_ARRAY,
  Y_WORKSHOP_FROZEN_KEY,
  Y_WORKSHOP_MAP,
  Y_WORKSHOP_SILENT_KEY,
} from '@bordduk/shared'

import type { StoredRecord } from '../boards/boardDocument.ts'
import { checkRecord } from '../boards/checkRecord.ts'
import type { Limits } from '../config.ts'
import type { BoardChannel, BoardSignal } from '../fanout/Fanout.ts'
import type { Logger } from '../logger.ts'
import { redact } from '../logger.ts'
import { applyStoredDoc } from '../storage/applyStoredDoc.ts'
import type { Store } from '../storage/Store.ts'
import { encodeAwareness, encodeSyncStep1, encodeSyncStep2, encodeUpdate } from '../sync/syncEncoding.ts'
import { RefusedUpdateError, refusalClose } from './checks/RefusedUpdateError.ts'
import { DocPersistence } from './DocPersistence.ts'
import type { PersistenceOptions } from './DocPersistence.ts'
import { PresenceGate } from './PresenceGate.ts'
import { presentNames } from './presentNames.ts'
import { isHealthy, repairBoardDoc } from '../boards/repairBoardDoc.ts'
import type { RoomPeer } from './RoomPeer.ts'
import { RemoteOrigin, RoomLink } from './RoomLink.ts'
import { SERVER_ORIGIN } from './serverOrigin.ts'
import { sessionDigest } from './sessionDigest.ts'
import { UpdateGate } from './UpdateGate.ts'

/** How long a connection has to answer a ping when someone else writes under its client ids. */
const WRITER_PROBE_MS = 3_000

/** Transaction origin for state read from storage: applied, never written back. */
const LOAD_ORIGIN = Symbol('load')

export type RoomLimits = Pick<
  Limits,
  | 'maxUpdateBytes'
  | 'maxBoardBytes'
  | 'maxPendingUpdateBytes'
  | 'maxAwarenessBytes'
  | 'awarenessUpdatesPerSecond'
>

/**
 * One board in memory: its Y.Doc, the presence of everyone on it, and the peers connected.
 * Peers' updates pass the room's {@link UpdateGate} before they touch the doc; every change
 * that gets in is broadcast as one encoded buffer and handed to persistence. Routes read and
 * change a board only through the methods here.
 */
export class BoardRoom {
  /** Tests look inside; routes use the methods below instead. */
  readonly doc = new Y.Doc()
  readonly awareness = new awarenessProtocol.Awareness(this.doc)
  readonly persistence: DocPersistence
  private readonly peers = new Set<RoomPeer>()
  private records: YKeyValue<StoredRecord> | null = null
  private gate: UpdateGate | null = null
  private readonly presence: PresenceGate
  private validCache: StoredRecord[] | null = null
  /** Save receipts asked for while some of the peer's updates were still held. */
  private readonly receiptsWaiting = new Map<RoomPeer, (() => void)[]>()
  /** Writers being pinged because a held update uses their client ids. */
  private readonly probing = new Set<RoomPeer>()
  private destroyed = false
  /** The link to other instances serving this board (none when one process serves all). */
  private link: RoomLink | null = null
  /** What other instances sent while the board was still loading: applied right after. */
  private readonly earlySignals: { signal: BoardSignal; from: string }[] = []
  /** Readers (HTTP routes) using the room right now; it is not unloaded under them. */
  holds = 0

  readonly boardId: string
  private readonly store: Store
  private readonly logger: Logger
  private readonly limits: RoomLimits

  constructor(
    boardId: string,
    store: Store,
    logger: Logger,
    limits: RoomLimits,
    persistenceOptions?: PersistenceOptions,
  ) {
    this.boardId = boardId
    this.store = store
    this.logger = logger
    this.limits = limits
    // The server is not a participant: it must not show up in anyone's presence list.
    this.awareness.setLocalState(null)
    this.presence = new PresenceGate(
      this.awareness,
      limits,
      (peer, update) => this.receiveAwareness(peer, update),
      (owner) => this.probeWriter(owner),
    )
    this.persistence = new DocPersistence(boardId, store, logger, persistenceOptions)
  }

  /**
   * Reads the board from storage and repairs what no browser could open. Nobody is answered
   * before. With a channel to other instances (joined before this load, so nothing they send
   * meanwhile is missed), what they sent during the load is applied at its end.
   */
  async load(channel?: BoardChannel): Promise<void> {
    const stored = await this.store.loadDoc(this.boardId)
    applyStoredDoc(this.doc, stored, LOAD_ORIGIN)
    this.persistence.loaded(stored)
    this.doc.on('update', this.onDocUpdate)
    const report = repairBoardDoc(this.doc, SERVER_ORIGIN)
    if (report.droppedPending) this.persistence.dropUnplaceableAtNextCompaction()
    if (!isHealthy(report))
      this.logger.warn({ board: redact(this.boardId), ...report }, 'board repaired on load')
    // Only after the repair: y-utility's YKeyValue throws on entries that are not objects.
    this.records = new YKeyValue<StoredRecord>(this.doc.getArray(Y_RECORDS_ARRAY))
    const storedBytes =
      (stored.snapshot?.byteLength ?? 0) + stored.updates.reduce((sum, u) => sum + u.byteLength, 0)
    this.gate = new UpdateGate(
      this.doc,
      this.limits,
      storedBytes,
      (key) => this.records!.get(key),
      (client) => this.presence.ownerOf(client),
    )
    this.awareness.on('update', this.onAwarenessUpdate)
    if (channel) {
      this.linkTo(channel)
      this.doc.getMap<unknown>(Y_WORKSHOP_MAP).observe((_event, transaction) => {
        if (transaction.origin instanceof RemoteOrigin) this.onWorkshopChangedElsewhere?.()
      })
    }
  }

  private linkTo(channel: BoardChannel): void {
    const link = new RoomLink(
      channel,
      {
        doc: this.doc,
        awareness: this.awareness,
        localPresenceIds: () => [...this.peers].flatMap((peer) => [...peer.awarenessIds]),
        localWriters: () =>
          [...this.peers].flatMap((peer) =>
            !peer.observer && peer.session
              ? [{ id: sessionDigest(peer.session), role: peer.role, awarenessIds: [...peer.awarenessIds] }]
              : [],
          ),
        hasUnsaved: () => this.persistence.hasUnsaved,
        changed: () => this.afterChange(),
      },
      true,
    )
    this.link = link
    this.persistence.onStored = (update) => link.stored(update)
    for (const { signal, from } of this.earlySignals.splice(0)) link.receive(signal, from)
    link.start()
  }

  /**
   * Called when another instance changed the board's workshop map (a silent-writing round it
   * started, say), so this instance's own timers can follow.
   */
  onWorkshopChangedElsewhere: (() => void) | null = null

  /** Something another instance serving this board sent (see Fanout). */
  receiveSignal(signal: BoardSignal, from: string): void {
    if (this.destroyed) return
    if (this.link) this.link.receive(signal, from)
    else this.earlySignals.push({ signal, from })
  }

  /** The link to the others came back after a break: repair now rather than at the next round. */
  reconnected(): void {
    this.link?.reconnected()
  }

  /** Another instance went silent: its peers' cursors go. */
  forgetInstance(instanceId: string): void {
    this.link?.forgetInstance(instanceId)
  }

  /** Stops listening to other instances (before unload). */
  async unlink(): Promise<void> {
    const link = this.link
    this.link = null
    this.persistence.onStored = null
    await link?.close()
  }

  get peerCount(): number {
    return this.peers.size
  }

  /** The people on the board: connections, less the ones that only look on (the projector view). */
  get participantCount(): number {
    let count = this.link?.peersElsewhere.length ?? 0
    for (const peer of this.peers) if (!peer.observer) count++
    return count
  }

  /** The names the people on the board go by now, from their presence (see presentNames.ts). */
  get presentNames(): string[] {
    return presentNames(this.awareness)
  }

  /** Starts the sync handshake with a new peer: our state vector, then who is here. */
  addPeer(peer: RoomPeer): void {
    // The same tab back on a new socket (its session secret says so): its old socket is stale,
    // maybe closed by the tab while offline with the close still on its way. Let it go now, so
    // the tab's client ids and presence are its own again at once.
    for (const old of this.peers) {
      if (peer.session && old.session === peer.session) {
        old.terminate()
        this.removePeer(old)
      }
    }
    this.peers.add(peer)
    this.link?.writersChanged()
    peer.send(encodeSyncStep1(this.doc))
    const present = [...this.awareness.getStates().keys()]
    if (present.length > 0) peer.send(encodeAwareness(this.awareness, present))
  }

  /**
   * Resolves once everything the peer sent so far is stored: its held updates applied (never,
   * if they are refused or the peer leaves first), then written.
   */
  async whenPeerSaved(peer: RoomPeer): Promise<void> {
    if (this.gate?.isHolding(peer)) {
      await new Promise<void>((resolve) => {
        this.receiptsWaiting.set(peer, [...(this.receiptsWaiting.get(peer) ?? []), resolve])
      })
    }
    await this.persistence.whenPersisted()
  }

  /** Forgets a peer, its presence and whatever it left waiting. */
  removePeer(peer: RoomPeer): void {
    if (!this.peers.delete(peer)) return
    this.link?.writersChanged()
    this.receiptsWaiting.delete(peer)
    this.gate?.forget(peer)
    this.presence.forget(peer)
    // What waited for this connection to go (its client ids) may go in now; not re-entrantly,
    // since a refusal removes peers too.
    queueMicrotask(() => {
      if (!this.destroyed && this.gate) this.afterChange()
    })
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

  /**
   * Whether a tab (its session secret) is connected right now, here or through another instance,
   * as someone who may write (edit or facilitator), and the name its presence shows. A dot counts
   * only from a tab that is here. `id` stands for the tab wherever it is stored (a digest).
   */
  writerBySession(session: string): { id: string; name: string; role: 'edit' | 'facilitator' } | null {
    const id = sessionDigest(session)
    for (const peer of this.peers) {
      if (peer.session !== session || peer.role === 'view') continue
      return { id, name: this.nameOf(peer.awarenessIds), role: peer.role }
    }
    const elsewhere = this.link?.writersElsewhere.find((writer) => writer.id === id)
    if (!elsewhere || elsewhere.role === 'view') return null
    return { id, name: this.nameOf(elsewhere.awarenessIds), role: elsewhere.role }
  }

  /**
   * {@link writerBySession}, but on a board this instance has only just opened it first waits to
   * hear who is connected through the other instances (a request may reach any instance).
   */
  async findWriter(session: string): Promise<ReturnType<BoardRoom['writerBySession']>> {
    const here = this.writerBySession(session)
    if (here || !this.link) return here
    await this.link.settled
    return this.writerBySession(session)
  }

  /** Everyone connected who may write, on every instance, with the name their presence shows. */
  presentWriters(): { id: string; name: string }[] {
    const local = [...this.peers]
      .filter((peer) => peer.role !== 'view' && peer.session)
      .map((peer) => ({ id: sessionDigest(peer.session!), name: this.nameOf(peer.awarenessIds) }))
    const elsewhere = (this.link?.writersElsewhere ?? []).map((writer) => ({
      id: writer.id,
      name: this.nameOf(writer.awarenessIds),
    }))
    return [...local, ...elsewhere]
  }

  /** The name a tab's tldraw presence (`presence.userName` in awareness) shows, or ''. */
  private nameOf(awarenessIds: Iterable<number>): string {
    for (const id of awarenessIds) {
      const state = this.awareness.getStates().get(id) as { presence?: { userName?: unknown } } | undefined
      const name = state?.presence?.userName
      if (typeof name === 'string' && name.trim()) return name.trim().slice(0, 80)
    }
    return ''
  }

  /** Answers a peer's sync step 1 with what it lacks. */
  answerSyncStep1(peer: RoomPeer, stateVector: Uint8Array): void {
    peer.send(encodeSyncStep2(this.doc, stateVector))
  }

  /**
   * A document update from a peer (sync step 2 or update). Viewers' are dropped, and so are
   * participants' while the board is frozen (the same silent drop: neither stored nor relayed);
   * a refused one closes the peer with the reason and changes nothing.
   */
  receiveUpdate(peer: RoomPeer, update: Uint8Array): void {
    // A closed or refused peer's frames may still be in flight: they count for nothing.
    if (peer.role === 'view' || !this.peers.has(peer)) return
    if (peer.role === 'edit' && this.frozen) return
    try {
      const outcome = this.gate!.receive(peer as RoomPeer & { role: 'edit' | 'facilitator' }, update)
      if (!outcome.applied) {
        this.logger.debug(
          { board: redact(this.boardId), bytes: update.byteLength, blocked: outcome.blockedBy !== null },
          'update held until what it builds on arrives',
        )
        if (outcome.blockedBy) this.probeWriter(outcome.blockedBy)
        return
      }
    } catch (error) {
      if (!(error instanceof RefusedUpdateError)) throw error
      this.refuse(peer, error)
      return
    }
    this.afterChange()
  }

  /** Tries what waits, closes whom it refuses, probes whom it waits for, answers receipts. */
  private afterChange(): void {
    const { refused, toProbe } = this.gate!.retryHeld()
    for (const { peer, error } of refused) this.refuse(peer, error)
    for (const peer of toProbe) this.probeWriter(peer)
    for (const [waiting, resolvers] of this.receiptsWaiting) {
      if (this.gate!.isHolding(waiting)) continue
      this.receiptsWaiting.delete(waiting)
      for (const resolve of resolvers) resolve()
    }
  }

  /**
   * Another connection writes under client ids a held update uses. A browser back on a new
   * socket finds its old one still registered until the heartbeat notices: if the old one
   * does not answer a ping, it is dropped and the held update goes in; if it answers, the
   * update came from someone else, whose connection is refused.
   */
  private probeWriter(owner: RoomPeer): void {
    if (this.probing.has(owner)) return
    this.probing.add(owner)
    void owner.probe(WRITER_PROBE_MS).then((alive) => {
      this.probing.delete(owner)
      if (this.destroyed) return
      if (!alive && this.peers.has(owner)) {
        this.logger.info({ board: redact(this.boardId) }, 'dropped a stale connection whose client came back')
        owner.terminate()
        this.removePeer(owner)
      }
      if (!this.gate) return
      if (alive) {
        for (const peer of this.gate.blockedBehind(owner)) {
          this.refuse(
            peer,
            new RefusedUpdateError('forbidden', "may not write under another connection's client id"),
          )
        }
      }
      this.afterChange()
    })
  }

  /** A peer's presence update, as far as the peer may send it. */
  receiveAwareness(peer: RoomPeer, update: Uint8Array): void {
    if (!this.peers.has(peer)) return
    try {
      this.presence.apply(peer, update)
    } catch (error) {
      if (!(error instanceof RefusedUpdateError)) throw error
      this.refuse(peer, error)
    }
  }

  /** Everyone's presence, for a peer that asks. */
  sendPresence(peer: RoomPeer): void {
    peer.send(encodeAwareness(this.awareness, [...this.awareness.getStates().keys()]))
  }

  /** The board's records, each valid under our schema (readers skip anything else). */
  readRecords(): readonly StoredRecord[] {
    // In the array's order (the order records were written), the current entry of each key.
    const records = this.records!
    this.validCache ??= records.yarray
      .toArray()
      .filter((entry) => records.map.get(entry.key) === entry)
      .map((entry) => entry.val)
      .filter((record) => this.isValid(record))
    return this.validCache
  }

  /** Each record object is checked once: the dashboard reads every board every few seconds. */
  private readonly checked = new WeakMap<StoredRecord, boolean>()
  private isValid(record: StoredRecord): boolean {
    let valid = this.checked.get(record)
    if (valid === undefined) {
      valid = checkRecord(record as never) === null
      this.checked.set(record, valid)
    }
    return valid
  }

  /** The whole board as one Yjs update (versions). */
  encodeState(): Uint8Array {
    return Y.encodeStateAsUpdate(this.doc)
  }

  /** A value of the workshop map (timer, message, follow). */
  workshopValue(key: string): unknown {
    return this.doc.getMap<unknown>(Y_WORKSHOP_MAP).get(key)
  }

  /** The facilitator froze the board: participants may only look. */
  get frozen(): boolean {
    return this.workshopValue(Y_WORKSHOP_FROZEN_KEY) === true
  }

  /**
   * Whether the tab with this session secret has a socket open, here or on another instance,
   * through which it may write now (edit or facilitator role, not a participant on a frozen board).
   */
  async hasWriterSocket(session: string): Promise<boolean> {
    if (!this.hasWriterSocketNow(session) && this.link) await this.link.settled
    return this.hasWriterSocketNow(session)
  }

  private hasWriterSocketNow(session: string): boolean {
    for (const peer of this.peers) {
      if (peer.session !== session) continue
      if (peer.role === 'facilitator' || (peer.role === 'edit' && !this.frozen)) return true
    }
    // Behind a load balancer the request may reach another instance than the tab's socket.
    const id = sessionDigest(session)
    return (this.link?.writersElsewhere ?? []).some(
      (writer) => writer.id === id && (writer.role === 'facilitator' || !this.frozen),
    )
  }

  /**
   * Silent writing ends: the notes written in silence go on the board and the placeholders go,
   * in one transaction, so every browser sees all the notes at once.
   */
  revealNotes(notes: readonly StoredRecord[]): Promise<void> {
    return this.change(({ records, workshop }) => {
      for (const note of notes) records.set(note.id, note)
      workshop.delete(Y_WORKSHOP_SILENT_KEY)
    })
  }

  /** The serialized tldraw schema the records follow. */
  get schema(): unknown {
    return this.doc.getMap<unknown>(Y_META_MAP).get(Y_META_SCHEMA_KEY)
  }

  /**
   * A change the server makes itself (language, restore, workshop controls): one
   * transaction, broadcast and stored like an edit. Resolves once it is stored.
   */
  async change<T>(
    write: (tools: { records: YKeyValue<StoredRecord>; workshop: Y.Map<unknown> }) => T,
  ): Promise<T> {
    let result!: T
    this.doc.transact(() => {
      result = write({ records: this.records!, workshop: this.doc.getMap<unknown>(Y_WORKSHOP_MAP) })
    }, SERVER_ORIGIN)
    await this.persistence.flush()
    return result
  }

  /** Counts for tests and health: observers on the records array, presence, held updates. */
  get stats(): {
    recordObservers: number
    presenceStates: number
    presenceOwners: number
    heldBytes: number
  } {
    const records = this.doc.getArray(Y_RECORDS_ARRAY) as unknown as { _eH: { l: unknown[] } }
    return {
      recordObservers: records._eH.l.length,
      presenceStates: this.awareness.getStates().size,
      presenceOwners: this.presence.ownedIds,
      heldBytes: this.gate?.heldBytes ?? 0,
    }
  }

  destroy(): void {
    this.destroyed = true
    void this.unlink()
    this.presence.dispose()
    this.persistence.dispose()
    this.awareness.destroy()
    this.doc.destroy()
  }

  private refuse(peer: RoomPeer, error: RefusedUpdateError): void {
    this.logger.warn(
      { board: redact(this.boardId), role: peer.role, kind: error.kind, reason: error.message },
      'update refused',
    )
    const { code, reason } = refusalClose(error)
    peer.close(code, reason)
    this.removePeer(peer)
  }

  private readonly onDocUpdate = (update: Uint8Array, origin: unknown): void => {
    if (origin === LOAD_ORIGIN) return
    this.validCache = null
    const remote = origin instanceof RemoteOrigin
    if (origin === SERVER_ORIGIN || origin === null || remote) this.gate?.grew(update.byteLength)
    const message = encodeUpdate(update)
    for (const peer of this.peers) if (peer !== origin) peer.send(message)
    // Another instance's update is stored by that instance (it published it once stored).
    if (!remote) this.persistence.enqueue(update)
  }

  private readonly onAwarenessUpdate = (
    change: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ): void => {
    const changed = [...change.added, ...change.updated, ...change.removed]
    // Sent to everyone, the sender too: y-websocket clients treat silence as a dead link.
    const message = encodeAwareness(this.awareness, changed)
    for (const peer of this.peers) peer.send(message)
    if (!(origin instanceof RemoteOrigin)) {
      this.link?.presenceChanged(changed)
      // A tab's first presence names it for the others (votes need its name on every instance).
      if (change.added.length > 0 || change.removed.length > 0) this.link?.writersChanged()
    }
  }
}
