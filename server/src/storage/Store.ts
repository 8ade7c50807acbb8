import type { Locale, WorkshopMessage } from '@bordduk/shared'

/** A board's metadata row. Keys are only ever stored hashed. */
export interface BoardRow {
  id: string
  title: string
  templateId: string
  locale: Locale
  editKeyHash: string
  viewKeyHash: string
  createdAt: string
  /** Set for a workshop's group boards: their keys derive from the facilitator key. */
  workshopId?: string | null
  groupIndex?: number | null
  /** Bumped when the keys are rotated; derived keys include it. */
  keyGeneration?: number
  /** A group board's own facilitator key (derived, like its other keys); null on older boards. */
  facilitatorKeyHash?: string | null
}

/** The key hashes a board holds after a rotation (or a workshop's first visit after an upgrade). */
export interface BoardKeyHashes {
  editKeyHash: string
  viewKeyHash: string
  keyGeneration: number
  facilitatorKeyHash?: string | null
}

/** A named snapshot of a board, to look back at or restore. */
export interface BoardVersion {
  id: number
  name: string
  createdAt: string
}

/** A template a facilitator saved: its data as validated JSON, and who may change it. */
export interface CustomTemplateRow {
  id: string
  /** The template as JSON, parsed with the shared template schema on the way in and out. */
  data: string
  ownerKeyHash: string
  createdAt: string
  updatedAt: string
}

/** A facilitator's workshop: several group boards made from one template. */
export interface WorkshopRow {
  id: string
  title: string
  templateId: string
  locale: Locale
  facilitatorKeyHash: string
  createdAt: string
}

/** One piece of server-only state (see {@link Store.getPrivateState}). */
export interface PrivateStateRow {
  name: string
  json: string
}

/** Everything stored for one board's Y.Doc: the last snapshot plus the updates after it. */
export interface StoredDoc {
  snapshot: Uint8Array | null
  updates: Uint8Array[]
  /** Highest update sequence number read (0 when none). */
  lastSeq: number
}

export interface CompactOptions {
  /**
   * Leave out structs that still cannot be placed after folding (they follow a gap in their
   * client's clock). Only for a board whose load already found such structs: otherwise they may
   * be waiting for another instance's row that is not committed yet.
   */
  dropUnplaceable?: boolean
}

/** What one {@link Store.compact} call did. */
export interface CompactionResult {
  /** False when another writer was compacting this board at that moment (nothing changed). */
  compacted: boolean
  /** Update rows folded into the snapshot and deleted. */
  rows: number
  /** Size of the board's snapshot afterwards. */
  snapshotBytes: number
}

/**
 * Where boards live. The SQLite store is the default; the PostgreSQL one (DATABASE_URL) follows
 * the same contract, checked for both by storeContract.ts. Every method is async so callers do not care which is behind it.
 */
export interface Store {
  /** Stores a new board with its initial document state as the first snapshot. */
  createBoard(board: BoardRow, initialState: Uint8Array): Promise<void>
  getBoard(id: string): Promise<BoardRow | undefined>
  /** Stores a workshop and its group boards, all or nothing. */
  createWorkshop(
    workshop: WorkshopRow,
    boards: { board: BoardRow; initialState: Uint8Array }[],
  ): Promise<void>
  getWorkshop(id: string): Promise<WorkshopRow | undefined>
  /** A workshop's group boards, in group order. */
  workshopBoards(workshopId: string): Promise<BoardRow[]>
  /** Stores a named snapshot (the doc's full state) of a board. */
  saveVersion(boardId: string, name: string, data: Uint8Array): Promise<BoardVersion>
  /** A board's versions, newest first. */
  listVersions(boardId: string): Promise<BoardVersion[]>
  getVersionData(boardId: string, versionId: number): Promise<Uint8Array | undefined>
  createTemplate(row: CustomTemplateRow): Promise<void>
  getTemplate(id: string): Promise<CustomTemplateRow | undefined>
  listCustomTemplates(): Promise<CustomTemplateRow[]>
  updateTemplate(id: string, data: string): Promise<void>
  deleteTemplate(id: string): Promise<void>
  /**
   * Replaces a board's key hashes. With `retireOld` (a rotation) the old ones are remembered,
   * so a replaced link can be told apart from a wrong one.
   */
  setBoardKeys(id: string, keys: BoardKeyHashes, options?: { retireOld?: boolean }): Promise<void>
  /** Whether a key with this hash once opened the board and was replaced. */
  isRetiredKey(boardId: string, keyHash: string): Promise<boolean>
  addWorkshopMessage(workshopId: string, message: WorkshopMessage): Promise<void>
  /** The newest `limit` messages a workshop's facilitator sent, newest first. */
  listWorkshopMessages(workshopId: string, limit: number): Promise<WorkshopMessage[]>
  /** Changes the language a board's template layer is written in. */
  setBoardLocale(id: string, locale: Locale): Promise<void>
  /**
   * State the server keeps beside a board or workshop that must not travel in the shared doc
   * (a hidden vote's ballots, notes written in silence, an agenda being edited): JSON text
   * under (owner id, name). `null` deletes it.
   */
  getPrivateState(ownerId: string, name: string): Promise<string | undefined>
  setPrivateState(ownerId: string, name: string, json: string | null): Promise<void>
  /**
   * Reads, changes and writes one private state atomically, also against other instances on the
   * same database (a vote's ballots). `change` gets the current JSON (undefined: none) and answers
   * the new one (null deletes); if it throws, nothing is written and the error is rethrown.
   */
  updatePrivateState(
    ownerId: string,
    name: string,
    change: (json: string | undefined) => string | null,
  ): Promise<void>
  /** Every private state of an owner whose name starts with `namePrefix`, in name order. */
  listPrivateState(ownerId: string, namePrefix: string): Promise<PrivateStateRow[]>
  loadDoc(boardId: string): Promise<StoredDoc>
  /** Appends one (already merged) Yjs update; answers its sequence number. */
  appendUpdate(boardId: string, update: Uint8Array): Promise<number>
  /**
   * Folds the stored snapshot and exactly the update rows read into a new snapshot and deletes
   * those rows, in one transaction. Works from storage, not from a room's memory, so rows another
   * instance wrote are never dropped unread; two writers never compact one board at once (the
   * second skips).
   */
  compact(boardId: string, options?: CompactOptions): Promise<CompactionResult>
  /** True while the store answers (for /healthz). */
  ping(): Promise<boolean>
  close(): Promise<void>
}
