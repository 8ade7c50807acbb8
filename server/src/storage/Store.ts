import type { Locale } from '@bordduk/shared'

/** A board's metadata row. Keys are only ever stored hashed. */
export interface BoardRow {
  id: string
  title: string
  templateId: string
  locale: Locale
  editKeyHash: string
  viewKeyHash: string
  createdAt: string
}

/** Everything stored for one board's Y.Doc: the last snapshot plus the updates after it. */
export interface StoredDoc {
  snapshot: Uint8Array | null
  updates: Uint8Array[]
  /** Highest update sequence number read (0 when none); compaction removes up to here. */
  lastSeq: number
}

/**
 * Where boards live. The SQLite store is the default; a PostgreSQL one follows the same
 * contract. Every method is async so callers do not care which is behind it.
 */
export interface Store {
  /** Stores a new board with its initial document state as the first snapshot. */
  createBoard(board: BoardRow, initialState: Uint8Array): Promise<void>
  getBoard(id: string): Promise<BoardRow | undefined>
  /** Changes the language a board's template layer is written in. */
  setBoardLocale(id: string, locale: Locale): Promise<void>
  loadDoc(boardId: string): Promise<StoredDoc>
  /** Appends one (already merged) Yjs update; answers its sequence number. */
  appendUpdate(boardId: string, update: Uint8Array): Promise<number>
  /** Atomically replaces the snapshot and deletes the updates with seq ≤ throughSeq. */
  compact(boardId: string, snapshot: Uint8Array, throughSeq: number): Promise<void>
  close(): Promise<void>
}
