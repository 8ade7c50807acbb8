import * as Y from 'yjs'

import type { Logger } from '../logger.ts'
import { redact } from '../logger.ts'
import type { Store, StoredDoc } from '../storage/Store.ts'

export interface PersistenceOptions {
  /** Updates arriving within this window are merged into one stored row. */
  saveBatchMs: number
  /** Compact once this many rows follow the snapshot… */
  compactRowThreshold: number
  /** …or once the rows after the snapshot weigh this much (or more than the snapshot itself). */
  compactByteThreshold: number
  /** …but no more often than this per board (unload always compacts). */
  compactMinIntervalMs: number
  /** Longest wait between retries after a failed write. */
  retryMaxMs: number
}

export const DEFAULT_PERSISTENCE_OPTIONS: PersistenceOptions = {
  saveBatchMs: 10,
  compactRowThreshold: 500,
  compactByteThreshold: 256 * 1024,
  compactMinIntervalMs: 30_000,
  retryMaxMs: 30_000,
}

const FIRST_RETRY_MS = 250

/**
 * Writes one board's updates to the store: group-commits what arrives within a few
 * milliseconds, keeps at most one write in flight, compacts the log into a snapshot, and on
 * failure keeps everything in memory and retries — data is never dropped.
 */
export class DocPersistence {
  private pending: Uint8Array[] = []
  private receivedCount = 0
  private persistedCount = 0
  private waiters: { mark: number; resolve: () => void }[] = []
  private writing: Promise<void> | null = null
  private batchTimer: NodeJS.Timeout | null = null
  private retryTimer: NodeJS.Timeout | null = null
  private retryDelayMs = FIRST_RETRY_MS
  private rowsSinceSnapshot = 0
  private bytesSinceSnapshot = 0
  private snapshotBytes = 0
  private lastCompactAt = 0
  private lastError: unknown = null
  /** Told of each batch once it is committed (the room publishes it to other instances then). */
  onStored: ((update: Uint8Array) => void) | null = null
  private dropUnplaceable = false

  private readonly boardId: string
  private readonly store: Store
  private readonly logger: Logger
  private readonly options: PersistenceOptions

  constructor(
    boardId: string,
    store: Store,
    logger: Logger,
    options: PersistenceOptions = DEFAULT_PERSISTENCE_OPTIONS,
  ) {
    this.boardId = boardId
    this.store = store
    this.logger = logger
    this.options = options
  }

  /** Records what was read at load time, so compaction knows how much log there is. */
  loaded(stored: StoredDoc): void {
    this.rowsSinceSnapshot = stored.updates.length
    this.bytesSinceSnapshot = stored.updates.reduce((sum, u) => sum + u.byteLength, 0)
    this.snapshotBytes = stored.snapshot?.byteLength ?? 0
  }

  /**
   * The load found stored structs that follow a gap (the room's repair dropped them from memory):
   * the next compaction leaves them out of storage too, so the repair holds after a reload.
   */
  dropUnplaceableAtNextCompaction(): void {
    this.dropUnplaceable = true
  }

  /** Queues an update for the next group commit. */
  enqueue(update: Uint8Array): void {
    this.pending.push(update)
    this.receivedCount++
    if (!this.batchTimer && !this.retryTimer) {
      this.batchTimer = setTimeout(() => {
        this.batchTimer = null
        void this.write()
      }, this.options.saveBatchMs)
    }
  }

  /** Resolves once every update enqueued so far is durably stored. */
  whenPersisted(): Promise<void> {
    const mark = this.receivedCount
    if (this.persistedCount >= mark) return Promise.resolve()
    return new Promise((resolve) => this.waiters.push({ mark, resolve }))
  }

  /** True while a write failed and has not yet been retried successfully. */
  get isFailing(): boolean {
    return this.lastError !== null
  }

  get hasUnsaved(): boolean {
    return this.pending.length > 0 || this.writing !== null
  }

  /** Writes everything pending now; rejects if the store fails (data stays queued). */
  async flush(): Promise<void> {
    this.clearTimers()
    await this.write()
    if (this.pending.length > 0) throw this.lastError ?? new Error('updates still pending')
  }

  /** Folds the log into one snapshot, if there is any log. */
  async compact(): Promise<void> {
    await this.flush()
    if (this.rowsSinceSnapshot > 0 || this.dropUnplaceable) await this.compactNow()
  }

  dispose(): void {
    this.clearTimers()
  }

  private async write(): Promise<void> {
    // One write in flight per board; whatever arrives meanwhile joins the next batch.
    while (this.writing) await this.writing
    if (this.pending.length === 0) return
    this.writing = this.writeBatch().finally(() => {
      this.writing = null
    })
    await this.writing
  }

  private async writeBatch(): Promise<void> {
    const batch = this.pending
    const mark = this.receivedCount
    this.pending = []
    const merged = batch.length === 1 ? batch[0]! : Y.mergeUpdates(batch)
    try {
      await this.store.appendUpdate(this.boardId, merged)
    } catch (error) {
      this.pending = batch.concat(this.pending)
      this.onWriteFailed(error)
      return
    }
    this.onStored?.(merged)
    this.rowsSinceSnapshot++
    this.bytesSinceSnapshot += merged.byteLength
    this.persistedCount = mark
    if (this.lastError !== null) this.logger.info({ board: redact(this.boardId) }, 'store recovered')
    this.lastError = null
    this.retryDelayMs = FIRST_RETRY_MS
    this.releaseWaiters()
    if (this.pending.length > 0 && !this.batchTimer) void this.write()
    if (this.shouldCompact()) await this.compactNow()
  }

  private shouldCompact(): boolean {
    const { compactRowThreshold, compactByteThreshold, compactMinIntervalMs } = this.options
    const big =
      this.rowsSinceSnapshot >= compactRowThreshold ||
      this.bytesSinceSnapshot >= Math.max(compactByteThreshold, this.snapshotBytes)
    return big && Date.now() - this.lastCompactAt >= compactMinIntervalMs
  }

  private async compactNow(): Promise<void> {
    // The store folds what it holds (the snapshot plus exactly the rows it reads), not this
    // room's doc: with several instances, rows another one wrote may not have arrived here yet.
    try {
      const dropUnplaceable = this.dropUnplaceable
      const result = await this.store.compact(this.boardId, { dropUnplaceable })
      if (result.compacted) {
        if (dropUnplaceable) this.dropUnplaceable = false
        this.logger.debug(
          { board: redact(this.boardId), rows: result.rows, snapshotBytes: result.snapshotBytes },
          'compacted',
        )
        this.rowsSinceSnapshot = 0
        this.bytesSinceSnapshot = 0
        this.snapshotBytes = result.snapshotBytes
      } else {
        // Another instance is compacting this board right now; what it leaves waits for next time.
        this.logger.debug({ board: redact(this.boardId) }, 'compaction skipped: another writer holds it')
      }
    } catch (error) {
      // The log is still intact, so nothing is lost; try again at the next threshold.
      this.logger.warn({ board: redact(this.boardId), err: error }, 'compaction failed')
    } finally {
      this.lastCompactAt = Date.now()
    }
  }

  private onWriteFailed(error: unknown): void {
    this.lastError = error
    this.logger.error(
      { board: redact(this.boardId), err: error, pending: this.pending.length, retryInMs: this.retryDelayMs },
      'saving board failed; keeping updates in memory',
    )
    if (this.retryTimer) return
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null
      void this.write()
    }, this.retryDelayMs)
    this.retryDelayMs = Math.min(this.retryDelayMs * 2, this.options.retryMaxMs)
  }

  private releaseWaiters(): void {
    const ready = this.waiters.filter((w) => w.mark <= this.persistedCount)
    this.waiters = this.waiters.filter((w) => w.mark > this.persistedCount)
    for (const waiter of ready) waiter.resolve()
  }

  private clearTimers(): void {
    if (this.batchTimer) clearTimeout(this.batchTimer)
    if (this.retryTimer) clearTimeout(this.retryTimer)
    this.batchTimer = null
    this.retryTimer = null
  }
}
