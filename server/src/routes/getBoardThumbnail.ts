import { Hono } from 'hono'

import type { RouteDeps } from '../AppDeps.ts'
import { renderBoardThumbnail } from '../boards/renderBoardThumbnail.ts'
import { authorizeBoard } from './authorizeBoard.ts'

/** `GET /api/boards/:id/thumbnail.svg?key=`: the dashboard's live picture of a board. */
export function getBoardThumbnailRoute({ store, rooms }: RouteDeps) {
  return new Hono().get('/api/boards/:id/:file{thumbnail\\.svg}', async (c) => {
    const { board } = await authorizeBoard(c, store)
    const svg = await rooms.withRoom(board.id, (room) => renderBoardThumbnail(room.readRecords()))
    return c.body(svg, 200, { 'Content-Type': 'image/svg+xml; charset=utf-8', 'Cache-Control': 'no-store' })
  })
}
