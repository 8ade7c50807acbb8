import { CLOSE_CODES } from '@bordduk/shared'

import type { BoardChannel, Fanout } from '../fanout/Fanout.ts'
import type { Logger } from '../logger.ts'
import { redact } from '../logger.ts'
import type { Store } from '../storage/Store.ts'
import { BoardRoom } from './BoardRoom.ts'
import type { RoomLimits } from './BoardRoom.ts'
import type { PersistenceOptions } from './DocPersistence.ts'

export interface RoomRegistryOptions {
  /** How long a room with nobody in it stays loaded. */
  unloadDelayMs: number
  limits: RoomLimits
  persistence?: PersistenceOptions
  /** Other instances serving the same boards (none: this process serves them alone). */
  fanout?: Fanout
}

const UNLOAD_RETRY_MS = 5_000

/**
 * The rooms loaded in this process. Loads are single-flight (many sockets for one board share
 * one load); a room is dropped only after it is empty, flushed and compacted.
 */
export class RoomRegistry {
  private readonly rooms = new Map<string, BoardRoom>()
  private readonly loading = new Map<string, Promise<BoardRoom>>()
  private readonly unloadTimers = new Map<string, NodeJS.Timeout>()
  private readonly unloading = new Map<string, Promise<void>>()
  private closed = false
  private readonly loadListeners = new Set<(room: BoardRoom) => void>()
  private readonly elsewhereListeners = new Set<(room: BoardRoom) => void>()

  private readonly store: Store
  private readonly logger: Logger
  private readonly options: RoomRegistryOptions

  constructor(store: Store, logger: Logger, options: RoomRegistryOptions) {
    this.store = store
    this.logger = logger
    this.options = options
    options.fanout?.onReconnect(() => {
      for (const room of this.rooms.values()) room.reconnected()
    })
    options.fanout?.onInstanceGone((instanceId) => {
      for (const room of this.rooms.values()) room.forgetInstance(instanceId)
    })
  }

  /** The loaded room for a board, loading it once however many callers ask at once. */
  async acquire(boardId: string): Promise<BoardRoom> {
    this.cancelUnload(boardId)
    // A room being saved for unload is not handed out: wait, then load it afresh if it went.
    const unloading = this.unloading.get(boardId)
    if (unloading) await unloading
    const loaded = this.rooms.get(boardId)
    if (loaded) return loaded
    let loading = this.loading.get(boardId)
    if (!loading) {
      loading = this.load(boardId).finally(() => this.loading.delete(boardId))
      this.loading.set(boardId, loading)
    }
    return loading
  }

  /**
   * Runs `use` with the board's room, loading it if needed, and lets it go afterwards (in
   * `finally`): the room stays loaded while in use, and one room serves every reader.
   */
  async withRoom<T>(boardId: string, use: (room: BoardRoom) => T | Promise<T>): Promise<T> {
    const room = await this.acquire(boardId)
    room.holds++
    try {
      return await use(room)
    } finally {
      room.holds--
      this.releaseIfIdle(room)
    }
  }

  /** The room if it is in memory right now (no load). */
  get(boardId: string): BoardRoom | undefined {
    return this.rooms.get(boardId)
  }

  /** Calls `listener` each time a board is loaded (silent writing's end timer resumes so after a restart). */
  onLoad(listener: (room: BoardRoom) => void): void {
    this.loadListeners.add(listener)
  }

  /** Calls `listener` when another instance changes a loaded board's workshop map. */
  onWorkshopChangedElsewhere(listener: (room: BoardRoom) => void): void {
    this.elsewhereListeners.add(listener)
  }

  /** Shut down: nothing is loaded any more. */
  get isClosed(): boolean {
    return this.closed
  }

  get size(): number {
    return this.rooms.size
  }

  /** Sockets connected to this instance, over all boards (health; tests find where a browser landed). */
  get connectionCount(): number {
    let count = 0
    for (const room of this.rooms.values()) count += room.peerCount
    return count
  }

  /** Boards whose last write failed and whose changes are only in memory. */
  get failingBoards(): number {
    let count = 0
    for (const room of this.rooms.values()) if (room.persistence.isFailing) count++
    return count
  }

  /** Call when a room may have become empty: it is unloaded after the grace period. */
  releaseIfIdle(room: BoardRoom): void {
    if (this.closed || room.peerCount > 0 || room.holds > 0 || this.unloadTimers.has(room.boardId)) return
    this.scheduleUnload(room.boardId, this.options.unloadDelayMs)
  }

  /** Flushes every room, closes every socket with "server restarting", compacts and unloads. */
  async closeAll(): Promise<void> {
    this.closed = true
    for (const timer of this.unloadTimers.values()) clearTimeout(timer)
    this.unloadTimers.clear()
    await Promise.allSettled([...this.loading.values()])
    const { code, reason } = CLOSE_CODES.serviceRestart
    await Promise.all(
      [...this.rooms.values()].map(async (room) => {
        room.closePeers(code, reason)
        try {
          await room.persistence.compact()
        } catch (error) {
          this.logger.error({ board: redact(room.boardId), err: error }, 'could not save board at shutdown')
        }
        await room.unlink()
        room.destroy()
      }),
    )
    this.rooms.clear()
  }

  private async load(boardId: string): Promise<BoardRoom> {
    const room = new BoardRoom(
      boardId,
      this.store,
      this.logger,
      this.options.limits,
      this.options.persistence,
    )
    let channel: BoardChannel | undefined
    try {
      // Listen before reading storage: what other instances send meanwhile is applied after.
      const { fanout } = this.options
      if (fanout?.shared)
        channel = await fanout.join(boardId, (signal, from) => room.receiveSignal(signal, from))
      await room.load(channel)
    } catch (error) {
      // Destroy what the failed load created, or each retry would leak a doc and its timers.
      await channel?.leave()
      room.destroy()
      throw error
    }
    this.rooms.set(boardId, room)
    this.logger.debug({ board: redact(boardId) }, 'room loaded')
    room.onWorkshopChangedElsewhere = () => {
      for (const listener of this.elsewhereListeners) listener(room)
    }
    for (const listener of this.loadListeners) listener(room)
    return room
  }

  private scheduleUnload(boardId: string, delayMs: number): void {
    if (this.closed) return
    this.unloadTimers.set(
      boardId,
      setTimeout(() => {
        this.unloadTimers.delete(boardId)
        void this.unload(boardId)
      }, delayMs),
    )
  }

  private cancelUnload(boardId: string): void {
    const timer = this.unloadTimers.get(boardId)
    if (timer) clearTimeout(timer)
    this.unloadTimers.delete(boardId)
  }

  private async unload(boardId: string): Promise<void> {
    const room = this.rooms.get(boardId)
    if (!room || room.peerCount > 0 || room.holds > 0 || this.unloading.has(boardId)) return
    const done = this.saveAndDrop(room).finally(() => this.unloading.delete(boardId))
    this.unloading.set(boardId, done)
    await done
  }

  private async saveAndDrop(room: BoardRoom): Promise<void> {
    const { boardId } = room
    try {
      await room.persistence.compact()
    } catch (error) {
      // Never drop a room whose changes are not stored; try again later.
      this.logger.warn({ board: redact(boardId), err: error }, 'unload postponed: board not saved')
      this.scheduleUnload(boardId, UNLOAD_RETRY_MS)
      return
    }
    if (room.persistence.hasUnsaved) return this.scheduleUnload(boardId, UNLOAD_RETRY_MS)
    this.rooms.delete(boardId)
    await room.unlink()
    room.destroy()
    this.logger.debug({ board: redact(boardId) }, 'room unloaded')
  }
}
