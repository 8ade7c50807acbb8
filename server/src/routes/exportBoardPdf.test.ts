import { describe, expect, it } from 'vitest'

import type { CreatedBoard } from '@bordduk/shared'

import {
  ExportCancelledError,
  ExportTimeoutError,
  PdfExporter,
  PrintViewError,
} from '../export/PdfExporter.ts'
import { silentLogger } from '../testing/boardFixtures.ts'
import { inMemoryApp } from '../testing/inMemoryApp.ts'

/** An exporter whose outcome each test chooses, so the route's answers are what is measured. */
class StubExporter extends PdfExporter {
  outcome: (signal: AbortSignal | undefined) => Promise<Buffer> = async () => Buffer.from('%PDF-1.7')
  constructor() {
    super(undefined, silentLogger)
  }
  override get available(): boolean {
    return true
  }
  override render(_boardId: string, _query: URLSearchParams, signal?: AbortSignal): Promise<Buffer> {
    return this.outcome(signal)
  }
}

async function setup() {
  const exporter = new StubExporter()
  const { app, sendJson } = inMemoryApp({}, { exporter })
  const board = (await (await sendJson('POST', '/api/boards', {})).json()) as CreatedBoard
  const exportPdf = (init?: RequestInit) =>
    app.request(`/api/boards/${board.id}/export.pdf?key=${board.viewKey}`, init)
  return { exporter, exportPdf }
}

describe('GET /api/boards/:id/export.pdf', () => {
  it('answers the print view’s reasons with a status and a message, at once', async () => {
    const { exporter, exportPdf } = await setup()
    const cases = [
      [new PrintViewError('boardNotFound'), 404, 'PDF export failed: unknown board'],
      [new PrintViewError('boardForbidden'), 403, 'PDF export failed: missing or invalid board key'],
      [
        new PrintViewError('renderFailed'),
        422,
        'PDF export failed: the board could not be drawn for printing',
      ],
      [
        new PrintViewError('boardLoadFailed'),
        502,
        'PDF export failed: the print view could not load the board; try again shortly',
      ],
      [
        new PrintViewError('constructor'),
        502,
        'PDF export failed: the print view could not load the board; try again shortly',
      ],
      [
        new ExportTimeoutError('the print view was not ready within 60 s'),
        504,
        'PDF export gave up: the print view was not ready within 60 s. Try again shortly.',
      ],
    ] as const
    for (const [error, status, message] of cases) {
      exporter.outcome = () => Promise.reject(error)
      const response = await exportPdf()
      expect(response.status).toBe(status)
      expect(await response.json()).toEqual({
        error: message,
        code: status === 504 ? 'pdfTimeout' : 'pdfFailed',
      })
    }
    exporter.outcome = async () => Buffer.from('%PDF-1.7')
    const ok = await exportPdf()
    expect(ok.headers.get('Content-Type')).toBe('application/pdf')
  })

  it('hands the exporter the request’s signal, so a client that hangs up cancels its export', async () => {
    const { exporter, exportPdf } = await setup()
    let seen: AbortSignal | undefined
    exporter.outcome = (signal) =>
      new Promise((_resolve, reject) => {
        seen = signal
        signal?.addEventListener('abort', () => reject(new ExportCancelledError('the export was cancelled')))
      })
    const client = new AbortController()
    const pending = Promise.resolve(exportPdf({ signal: client.signal }))
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(seen?.aborted).toBe(false)
    client.abort()
    expect(seen?.aborted).toBe(true)
    // Nobody reads this answer; it must only not be a logged 500.
    expect((await pending.catch(() => null))?.status ?? 503).toBe(503)
  })
})
