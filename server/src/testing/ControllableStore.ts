import type { Locale, WorkshopMessage } from '@bordduk/shared'

import type {
  BoardKeyHashes,
  BoardRow,
  BoardVersion,
  CompactionResult,
  CompactOptions,
  CustomTemplateRow,
  PrivateStateRow,
  Store,
  StoredDoc,
  WorkshopRow,
} from '../storage/Store.ts'

type Gated = 'loadDoc' | 'appendUpdate' | 'compact'

/**
 * Test double around a real store: counts calls, can make loads, appends or compactions fail,
 * and can hold them until released, so tests can steer persistence into every state.
 */
export class ControllableStore implements Store {
  readonly calls: Record<Gated, number> = { loadDoc: 0, appendUpdate: 0, compact: 0 }
  /** Calls that completed successfully against the real store. */
  readonly done: Record<Gated, number> = { loadDoc: 0, appendUpdate: 0, compact: 0 }
  failLoads = false
  failAppends = false
  failCompacts = false
  /** Compactions answer "another writer holds this board", as a second instance's would. */
  busyCompacts = false
  /** The store answers ping() with false, as an unreachable database does. */
  failPings = false
  private readonly gates = new Map<Gated, Promise<void>>()

  readonly inner: Store

  constructor(inner: Store) {
    this.inner = inner
  }

  /** Calls of `method` wait (after being counted) until the returned function is called. */
  hold(method: Gated): () => void {
    let release!: () => void
    this.gates.set(method, new Promise<void>((resolve) => (release = resolve)))
    return () => {
      this.gates.delete(method)
      release()
    }
  }

  createBoard(board: BoardRow, initialState: Uint8Array): Promise<void> {
    return this.inner.createBoard(board, initialState)
  }

  createWorkshop(
    workshop: WorkshopRow,
    boards: { board: BoardRow; initialState: Uint8Array }[],
  ): Promise<void> {
    return this.inner.createWorkshop(workshop, boards)
  }

  getWorkshop(id: string): Promise<WorkshopRow | undefined> {
    return this.inner.getWorkshop(id)
  }

  workshopBoards(workshopId: string): Promise<BoardRow[]> {
    return this.inner.workshopBoards(workshopId)
  }

  saveVersion(boardId: string, name: string, data: Uint8Array): Promise<BoardVersion> {
    return this.inner.saveVersion(boardId, name, data)
  }

  listVersions(boardId: string): Promise<BoardVersion[]> {
    return this.inner.listVersions(boardId)
  }

  getVersionData(boardId: string, versionId: number): Promise<Uint8Array | undefined> {
    return this.inner.getVersionData(boardId, versionId)
  }

  createTemplate(row: CustomTemplateRow): Promise<void> {
    return this.inner.createTemplate(row)
  }

  getTemplate(id: string): Promise<CustomTemplateRow | undefined> {
    return this.inner.getTemplate(id)
  }

  listCustomTemplates(): Promise<CustomTemplateRow[]> {
    return this.inner.listCustomTemplates()
  }

  updateTemplate(id: string, data: string): Promise<void> {
    return this.inner.updateTemplate(id, data)
  }

  deleteTemplate(id: string): Promise<void> {
    return this.inner.deleteTemplate(id)
  }

  setBoardKeys(id: string, keys: BoardKeyHashes, options?: { retireOld?: boolean }) {
    return this.inner.setBoardKeys(id, keys, options)
  }

  isRetiredKey(boardId: string, keyHash: string): Promise<boolean> {
    return this.inner.isRetiredKey(boardId, keyHash)
  }

  addWorkshopMessage(workshopId: string, message: WorkshopMessage): Promise<void> {
    return this.inner.addWorkshopMessage(workshopId, message)
  }

  listWorkshopMessages(workshopId: string, limit: number): Promise<WorkshopMessage[]> {
    return this.inner.listWorkshopMessages(workshopId, limit)
  }

  setBoardLocale(id: string, locale: Locale): Promise<void> {
    return this.inner.setBoardLocale(id, locale)
  }

  getBoard(id: string): Promise<BoardRow | undefined> {
    return this.inner.getBoard(id)
  }

  async loadDoc(boardId: string): Promise<StoredDoc> {
    await this.enter('loadDoc')
    if (this.failLoads) throw new Error('test: storage unreachable')
    const result = await this.inner.loadDoc(boardId)
    this.done.loadDoc++
    return result
  }

  async appendUpdate(boardId: string, update: Uint8Array): Promise<number> {
    await this.enter('appendUpdate')
    if (this.failAppends) throw new Error('test: disk full')
    const seq = await this.inner.appendUpdate(boardId, update)
    this.done.appendUpdate++
    return seq
  }

  async compact(boardId: string, options?: CompactOptions): Promise<CompactionResult> {
    await this.enter('compact')
    if (this.failCompacts) throw new Error('test: compaction failed')
    if (this.busyCompacts) return { compacted: false, rows: 0, snapshotBytes: 0 }
    const result = await this.inner.compact(boardId, options)
    this.done.compact++
    return result
  }

  async ping(): Promise<boolean> {
    if (this.failPings) return false
    return this.inner.ping()
  }

  getPrivateState(ownerId: string, name: string): Promise<string | undefined> {
    return this.inner.getPrivateState(ownerId, name)
  }

  setPrivateState(ownerId: string, name: string, json: string | null): Promise<void> {
    return this.inner.setPrivateState(ownerId, name, json)
  }

  updatePrivateState(
    ownerId: string,
    name: string,
    change: (json: string | undefined) => string | null,
  ): Promise<void> {
    return this.inner.updatePrivateState(ownerId, name, change)
  }

  listPrivateState(ownerId: string, namePrefix: string): Promise<PrivateStateRow[]> {
    return this.inner.listPrivateState(ownerId, namePrefix)
  }

  close(): Promise<void> {
    return this.inner.close()
  }

  private async enter(method: Gated): Promise<void> {
    this.calls[method]++
    const gate = this.gates.get(method)
    if (gate) await gate
  }
}
