import { Hono } from 'hono'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import { z } from 'zod'

import { paperSizeSchema, tileSizeSchema } from '@bordduk/shared'

import type { RouteDeps } from '../AppDeps.ts'
import { ExportCancelledError, ExportTimeoutError, PrintViewError } from '../export/PdfExporter.ts'
import { attachmentName } from './attachmentName.ts'
import { authorizeBoard } from './authorizeBoard.ts'
import { parseQuery } from './parseQuery.ts'
import { apiProblem } from '../http/apiProblem.ts'

/** How the print view's reasons for not drawing a board are answered. */
const PRINT_VIEW_FAILURES: Record<string, { status: ContentfulStatusCode; message: string }> = {
  boardNotFound: { status: 404, message: 'unknown board' },
  boardForbidden: { status: 403, message: 'missing or invalid board key' },
  boardLoadFailed: { status: 502, message: 'the print view could not load the board; try again shortly' },
  renderFailed: { status: 422, message: 'the board could not be drawn for printing' },
}

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
      throw apiProblem(
        501,
        'pdfUnavailable',
        'PDF export needs Chromium on the server: install Debian\'s "chromium" package or set CHROMIUM_PATH',
      )
    }
    const query = new URLSearchParams({ key: key ?? '', paper, ...(tile ? { tile } : {}) })
    // A client that hangs up takes its export out of the queue (or stops it).
    const pdf = await exporter.render(board.id, query, c.req.raw.signal).catch((error: unknown) => {
      if (error instanceof ExportTimeoutError) {
        throw apiProblem(504, 'pdfTimeout', `PDF export gave up: ${error.message}. Try again shortly.`)
      }
      if (error instanceof PrintViewError) {
        const known = Object.hasOwn(PRINT_VIEW_FAILURES, error.reason)
        const failure = PRINT_VIEW_FAILURES[known ? error.reason : 'boardLoadFailed']!
        throw apiProblem(failure.status, 'pdfFailed', `PDF export failed: ${failure.message}`)
      }
      // Nobody is there to read the answer; it only must not be logged as a server error.
      if (error instanceof ExportCancelledError) throw apiProblem(503, 'unavailable', error.message)
      throw error
    })
    c.header('Content-Disposition', attachmentName(board.title, 'pdf'))
    return c.body(new Uint8Array(pdf), 200, { 'Content-Type': 'application/pdf' })
  })
}
