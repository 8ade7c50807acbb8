import { Hono } from 'hono'

import type { RouteDeps } from '../AppDeps.ts'
import { toPortableTldrFile } from '../boards/portableTldrFile.ts'
import { authorizeBoard } from './authorizeBoard.ts'
import { attachmentName } from './attachmentName.ts'

/** `GET /api/boards/:id/snapshot?key=`: the board as a `.tldr` file that stock tldraw opens. */
export function getBoardSnapshotRoute({ store, rooms }: RouteDeps) {
  return new Hono().get('/api/boards/:id/snapshot', async (c) => {
    const { board } = await authorizeBoard(c, store)
    const file = await rooms.withRoom(board.id, (room) => toPortableTldrFile(room.readRecords(), room.schema))
    c.header('Content-Disposition', attachmentName(board.title, 'tldr'))
    return c.json(file)
  })
}
