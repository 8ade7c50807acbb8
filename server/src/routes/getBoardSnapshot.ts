import { Hono } from 'hono'
import * as Y from 'yjs'

import type { AppDeps } from '../AppDeps.ts'
import { toTldrFile } from '../boards/boardDocument.ts'
import { applyStoredDoc } from '../storage/applyStoredDoc.ts'
import { authorizeBoard } from './authorizeBoard.ts'

/**
 * `GET /api/boards/:id/snapshot?key=`: the board as a `.tldr` file. Read from the live room
 * when loaded (it may hold changes still being written), else straight from storage.
 */
export function getBoardSnapshotRoute({ store, rooms }: AppDeps) {
  return new Hono().get('/api/boards/:id/snapshot', async (c) => {
    const { board } = await authorizeBoard(c, store)
    const live = rooms.get(board.id)
    let file
    if (live) {
      file = toTldrFile(live.doc)
    } else {
      const stored = await store.loadDoc(board.id)
      const doc = new Y.Doc()
      applyStoredDoc(doc, stored)
      file = toTldrFile(doc)
      doc.destroy()
    }
    const filename = `${board.title.replace(/[^\p{L}\p{N} _-]/gu, '').trim() || 'bordduk'}.tldr`
    c.header('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(filename)}`)
    return c.json(file)
  })
}
