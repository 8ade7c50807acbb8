import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import WebSocket from 'ws'

import type { CreatedBoard } from '@bordduk/shared'

import { parseConfig } from '../config.ts'
import { startServer } from '../startServer.ts'
import type { RunningServer } from '../startServer.ts'
import { silentLogger } from '../testing/boardFixtures.ts'
import { PdfExporter, PrintViewError } from './PdfExporter.ts'

/**
 * The real print view (the built client) under the real server and its Content-Security-Policy:
 * when it cannot load the board it says why, and the export fails in seconds, not at its limit.
 */
const CLIENT_INDEX = fileURLToPath(new URL('../../../client/dist/index.html', import.meta.url))
const TIME_LIMIT_MS = 30_000

let dataDir = ''
let server: RunningServer
let exporter: PdfExporter
let board: CreatedBoard

beforeAll(async () => {
  if (!existsSync(CLIENT_INDEX)) throw new Error('these tests need the built client: run pnpm build')
  dataDir = mkdtempSync(join(tmpdir(), 'bordduk-print-'))
  // One socket per board, so a second one is refused and the print view's refusal path is seen.
  const config = parseConfig({ DATA_DIR: dataDir, MAX_CONNECTIONS_PER_BOARD: '1' })
  server = await startServer({ ...config, port: 0 }, { logger: silentLogger, unloadDelayMs: 50 })
  exporter = new PdfExporter(undefined, silentLogger, TIME_LIMIT_MS)
  if (!exporter.available) throw new Error('these tests need Chromium (apt-get install chromium)')
  exporter.baseUrl = server.url
  const response = await fetch(`${server.url}/api/boards`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ templateId: 'lup-oppstart' }),
  })
  board = (await response.json()) as CreatedBoard
})
afterAll(async () => {
  await exporter?.close()
  await server?.close()
  if (dataDir) rmSync(dataDir, { recursive: true, force: true })
})

/** How an export ends, and after how long. */
async function exportOutcome(boardId: string, key: string) {
  const started = Date.now()
  const result = await exporter
    .render(boardId, new URLSearchParams({ key, paper: 'A4' }))
    .catch((error: unknown) => error)
  return { result, ms: Date.now() - started }
}

describe('the print view under the PDF exporter', () => {
  it('prints a board', async () => {
    const { result } = await exportOutcome(board.id, board.viewKey)
    expect(Buffer.isBuffer(result) && result.subarray(0, 5).toString()).toBe('%PDF-')
  })

  it.each([
    ['an unknown board', () => 'unknown-board-id-000', () => board.viewKey, 'boardNotFound'],
    ['a wrong key', () => board.id, () => `${board.viewKey}x`, 'boardForbidden'],
  ])('reports %s at once', async (_what, id, key, reason) => {
    const { result, ms } = await exportOutcome(id(), key())
    expect(result).toBeInstanceOf(PrintViewError)
    expect((result as PrintViewError).reason).toBe(reason)
    expect(ms).toBeLessThan(TIME_LIMIT_MS / 2)
  })

  it('reports a board the sync server refuses to open', async () => {
    // Someone already holds the board's only connection.
    const holder = new WebSocket(`${server.url.replace('http', 'ws')}/sync/${board.id}?key=${board.viewKey}`)
    await new Promise((resolve, reject) => holder.once('open', resolve).once('error', reject))
    try {
      const { result, ms } = await exportOutcome(board.id, board.viewKey)
      expect(result).toBeInstanceOf(PrintViewError)
      expect((result as PrintViewError).reason).toBe('boardLoadFailed')
      expect(ms).toBeLessThan(TIME_LIMIT_MS / 2)
    } finally {
      holder.close()
    }
  })
})
