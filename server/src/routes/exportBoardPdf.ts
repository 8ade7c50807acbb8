import { Hono } from 'hono'
import { HTTPException } from 'hono/http-exception'
import { z } from 'zod'

import { paperSizeSchema, tileSizeSchema } from '@bordduk/shared'

import type { RouteDeps } from '../AppDeps.ts'
import { ExportTimeoutError } from '../export/PdfExporter.ts'
import { attachmentName } from './attachmentName.ts'
import { authorizeBoard } from './authorizeBoard.ts'
import { parseQuery } from './parseQuery.ts'

const querySchema = z.object({
  key: z.string().optional(),
  paper: paperSizeSchema.default('A1'),
  tile: tileSizeSchema.optional(),
})

/**
 * `GET /api/boards/:id/export.pdf?key=&paper=A0…A4&tile=A4|A3`: the printable PDF, one page per
 * sheet (or, tiled, a page map and the tiles of each sheet),
 * made by the same print view a browser prints, in headless Chromium.
 */
export function exportBoardPdfRoute({ store, exporter }: RouteDeps) {
  return new Hono().get('/api/boards/:id/:file{export\\.pdf}', async (c) => {
    const { board } = await authorizeBoard(c, store)
    const { key, paper, tile } = parseQuery(c, querySchema)
    if (!exporter.available) {
      throw new HTTPException(501, {
        message:
          'PDF export needs Chromium on the server: install Debian\'s "chromium" package or set CHROMIUM_PATH',
      })
    }
    const query = new URLSearchParams({ key: key ?? '', paper, ...(tile ? { tile } : {}) })
    const pdf = await exporter.render(board.id, query).catch((error: unknown) => {
      if (!(error instanceof ExportTimeoutError)) throw error
      throw new HTTPException(504, { message: `PDF export gave up: ${error.message}. Try again shortly.` })
    })
    c.header('Content-Disposition', attachmentName(board.title, 'pdf'))
    return c.body(new Uint8Array(pdf), 200, { 'Content-Type': 'application/pdf' })
  })
}
