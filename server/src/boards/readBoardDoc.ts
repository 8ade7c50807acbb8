import * as Y from 'yjs'

import type { RoomRegistry } from '../rooms/RoomRegistry.ts'
import { applyStoredDoc } from '../storage/applyStoredDoc.ts'
import type { Store } from '../storage/Store.ts'

/**
 * A board's doc for reading: the live room's when loaded (it may hold changes still being
 * written), else a fresh doc from storage. `release` frees what was created for the read.
 */
export async function readBoardDoc(
  boardId: string,
  store: Store,
  rooms: RoomRegistry,
): Promise<{ doc: Y.Doc; release(): void }> {
  const live = rooms.get(boardId)
  if (live) return { doc: live.doc, release: () => {} }
  const doc = new Y.Doc()
  applyStoredDoc(doc, await store.loadDoc(boardId))
  return { doc, release: () => doc.destroy() }
}
