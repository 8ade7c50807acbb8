import { WebSocket } from 'ws'
import * as awarenessProtocol from 'y-protocols/awareness'
import * as Y from 'yjs'

import { clientFrames, decodeFrame } from './syncFrames.ts'
import type { FrameKind, FrameOf, SyncFrame } from './syncFrames.ts'

export interface CloseInfo {
  code: number
  reason: string
}

const WAIT_MS = 5_000
const FROM_SERVER = 'server'
const EMPTY_STATE_VECTOR = Y.encodeStateVector(new Y.Doc())

/** `ws://…/sync/:id?key=` for a server listening at `httpUrl`. */
export function syncUrl(httpUrl: string, boardId: string, key: string): string {
  return `${httpUrl.replace(/^http/, 'ws')}/sync/${boardId}?key=${encodeURIComponent(key)}`
}

/**
 * A y-websocket client speaking the raw protocol, for tests. It records every frame, keeps a
 * doc and an awareness in step with what the server sends, and never answers on its own.
 */
export class RawSyncClient {
  readonly frames: SyncFrame[] = []
  readonly doc = new Y.Doc()
  readonly awareness = new awarenessProtocol.Awareness(this.doc)
  readonly closed: Promise<CloseInfo>
  private readonly waiters = new Set<() => void>()
  private readonly socket: WebSocket

  private constructor(socket: WebSocket) {
    this.socket = socket
    this.awareness.setLocalState(null)
    socket.binaryType = 'nodebuffer'
    socket.on('error', () => {}) // a reset after a refused frame is expected; `closed` tells the outcome
    socket.on('message', (data: Buffer) => this.receive(decodeFrame(new Uint8Array(data))))
    this.closed = new Promise((resolve) =>
      socket.on('close', (code, reason) => {
        this.awareness.destroy()
        resolve({ code, reason: reason.toString() })
        for (const wake of this.waiters) wake()
      }),
    )
  }

  /** Opens a socket (the server may still refuse the board and close it right after). */
  static connect(url: string): Promise<RawSyncClient> {
    const socket = new WebSocket(url)
    const client = new RawSyncClient(socket)
    return new Promise((resolve, reject) => {
      socket.once('open', () => resolve(client))
      socket.once('error', reject)
    })
  }

  /** Connects and waits until the server has taken this client into the room (its sync step 1). */
  static async join(url: string): Promise<RawSyncClient> {
    const client = await RawSyncClient.connect(url)
    await client.waitFor('syncStep1')
    return client
  }

  send(bytes: Uint8Array): void {
    this.socket.send(bytes)
  }

  sendUpdate(update: Uint8Array): void {
    this.send(clientFrames.update(update))
  }

  sendSyncStep1(stateVector: Uint8Array = Y.encodeStateVector(this.doc)): void {
    this.send(clientFrames.syncStep1(stateVector))
  }

  /** Changes the local doc and sends the change to the server as an update message. */
  edit(change: (doc: Y.Doc) => void): Uint8Array {
    let update: Uint8Array | undefined
    const capture = (u: Uint8Array) => (update = u)
    this.doc.on('update', capture)
    this.doc.transact(() => change(this.doc))
    this.doc.off('update', capture)
    if (!update) throw new Error('edit changed nothing')
    this.sendUpdate(update)
    return update
  }

  /** Announces a presence state for this client's awareness id. */
  setPresence(state: Record<string, unknown>): void {
    this.awareness.setLocalState(state)
    this.send(clientFrames.awareness(this.awareness, [this.doc.clientID]))
  }

  /**
   * Asks for the server's full state (sync step 1 with an empty state vector) and resolves with
   * it. The server answers in order, so everything it sent before has arrived by then.
   */
  async roundTrip(): Promise<Y.Doc> {
    const from = this.frames.length
    this.sendSyncStep1(EMPTY_STATE_VECTOR)
    const { update } = await this.waitFor('syncStep2', () => true, from)
    const state = new Y.Doc()
    Y.applyUpdate(state, update)
    return state
  }

  /** Asks the server to confirm that everything sent so far is stored. */
  async saveReceipt(seq: number): Promise<FrameOf<'saveReceipt'>> {
    const from = this.frames.length
    this.send(clientFrames.saveReceiptRequest(seq))
    return this.waitFor('saveReceipt', (f) => f.seq === seq, from)
  }

  /** The first frame of `kind` (at index `from` or later) matching `match`, waiting if need be. */
  waitFor<K extends FrameKind>(
    kind: K,
    match: (frame: FrameOf<K>) => boolean = () => true,
    from = 0,
  ): Promise<FrameOf<K>> {
    const find = () =>
      this.frames.slice(from).find((f): f is FrameOf<K> => f.kind === kind && match(f as FrameOf<K>))
    return new Promise((resolve, reject) => {
      const check = () => {
        const found = find()
        if (found || this.socket.readyState === WebSocket.CLOSED) {
          this.waiters.delete(check)
          clearTimeout(timer)
          if (found) resolve(found)
          else reject(new Error(`socket closed before a ${kind} frame arrived`))
        }
      }
      const timer = setTimeout(() => {
        this.waiters.delete(check)
        reject(new Error(`no ${kind} frame within ${WAIT_MS} ms`))
      }, WAIT_MS)
      this.waiters.add(check)
      check()
    })
  }

  /** Frames of one kind received so far. */
  framesOf<K extends FrameKind>(kind: K): FrameOf<K>[] {
    return this.frames.filter((f): f is FrameOf<K> => f.kind === kind)
  }

  close(): Promise<CloseInfo> {
    this.socket.close()
    return this.closed
  }

  terminate(): void {
    this.socket.terminate()
  }

  private receive(frame: SyncFrame): void {
    this.frames.push(frame)
    if (frame.kind === 'syncStep2' || frame.kind === 'update')
      Y.applyUpdate(this.doc, frame.update, FROM_SERVER)
    if (frame.kind === 'awareness') {
      awarenessProtocol.applyAwarenessUpdate(this.awareness, frame.update, FROM_SERVER)
    }
    for (const wake of [...this.waiters]) wake()
  }
}
