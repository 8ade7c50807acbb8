import type { StoredRecord } from '../boards/boardDocument.ts'
import type { Store } from '../storage/Store.ts'

const PREFIX = 'drafts/'

/** One writer's notes written in silence, as the server holds them until the reveal. */
export interface WriterDrafts {
  writer: string
  notes: StoredRecord[]
}

/** Every writer's held-back notes on a board. */
export async function readAllDrafts(store: Store, boardId: string): Promise<WriterDrafts[]> {
  const rows = await store.listPrivateState(boardId, PREFIX)
  return rows.map((row) => ({
    writer: row.name.slice(PREFIX.length),
    notes: (JSON.parse(row.json) as { notes: StoredRecord[] }).notes,
  }))
}

/** One writer's held-back notes (none if they sent nothing). */
export async function readDrafts(store: Store, boardId: string, writer: string): Promise<StoredRecord[]> {
  const json = await store.getPrivateState(boardId, PREFIX + writer)
  return json ? (JSON.parse(json) as { notes: StoredRecord[] }).notes : []
}

/** Replaces one writer's held-back notes; none deletes the entry. */
export async function writeDrafts(
  store: Store,
  boardId: string,
  writer: string,
  notes: readonly StoredRecord[],
): Promise<void> {
  await store.setPrivateState(boardId, PREFIX + writer, notes.length > 0 ? JSON.stringify({ notes }) : null)
}

/** Forgets every writer's held-back notes (after they went on the board). */
export async function deleteAllDrafts(
  store: Store,
  boardId: string,
  writers: readonly string[],
): Promise<void> {
  for (const writer of writers) await store.setPrivateState(boardId, PREFIX + writer, null)
}
