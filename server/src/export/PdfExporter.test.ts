import { createServer } from 'node:http'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { silentLogger } from '../testing/boardFixtures.ts'
import { ExportCancelledError, ExportTimeoutError, PdfExporter, PrintViewError } from './PdfExporter.ts'

/**
 * A stand-in for the print view, so the exporter's own behaviour is what is measured: `/print/slow-N`
 * is ready after N ms, `/print/fail-N` says after N ms that it cannot draw the board,
 * `/print/never` does neither, and every request is logged with its time.
 */
let server: Server
let baseUrl = ''
const requests: { path: string; at: number }[] = []

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = new URL(req.url!, 'http://x').pathname
    requests.push({ path, at: Date.now() })
    const [, outcome, delay] = /^\/print\/(slow|fail)-(\d+)$/.exec(path) ?? []
    const flag =
      outcome === 'fail' ? "window.borddukPrintError = 'renderFailed'" : 'window.borddukPrintReady = true'
    const script = outcome ? `setTimeout(() => (${flag}), ${delay})` : ''
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' })
    res.end(`<!doctype html><title>print</title><p>Side ${path}</p><script>${script}</script>`)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

describe('PdfExporter', () => {
  it('says it is unavailable without Chromium, and refuses to render', async () => {
    const exporter = new PdfExporter('/nonexistent/chromium', silentLogger)
    expect(exporter.available).toBe(false)
    await expect(exporter.render('x', new URLSearchParams())).rejects.toThrow('no Chromium found')
  })

  it('runs exports one at a time, gives up a stuck one after its time limit, then goes on', async () => {
    const exporter = new PdfExporter(undefined, silentLogger, 2_000)
    if (!exporter.available) throw new Error('these tests need Chromium (apt-get install chromium)')
    exporter.baseUrl = baseUrl
    try {
      // Warm the browser, so the queue is what the timings below show.
      await exporter.render('slow-0', new URLSearchParams())
      requests.length = 0
      const finished: Record<string, number> = {}
      const job = (id: string) =>
        exporter.render(id, new URLSearchParams()).then(
          (pdf) => ((finished[id] = Date.now()), pdf),
          (error: unknown) => ((finished[id] = Date.now()), error as Error),
        )

      // The event loop (where sync runs) must stay free while Chromium works: sample its lag.
      let worstLag = 0
      let last = Date.now()
      const probe = setInterval(() => {
        worstLag = Math.max(worstLag, Date.now() - last - 10)
        last = Date.now()
      }, 10)
      const [first, stuck, after] = await Promise.all([job('slow-800'), job('never'), job('slow-0')])
      clearInterval(probe)

      expect(
        Buffer.from(first as Buffer)
          .subarray(0, 5)
          .toString(),
      ).toBe('%PDF-')
      expect(stuck).toBeInstanceOf(ExportTimeoutError) // the route answers 504 with this message
      expect((stuck as Error).message).toBe('the print view was not ready within 2 s')
      expect(
        Buffer.from(after as Buffer)
          .subarray(0, 5)
          .toString(),
      ).toBe('%PDF-')
      // Queued: each page was requested only after the one before it had finished.
      const requested = (id: string) => requests.find((r) => r.path === `/print/${id}`)!.at
      expect(requested('never')).toBeGreaterThanOrEqual(finished['slow-800']! - 5)
      expect(requested('slow-0')).toBeGreaterThanOrEqual(finished.never! - 5)
      expect(finished.never! - requested('never')).toBeLessThan(4_000)
      console.log(`event loop: worst lag ${worstLag} ms during three exports`)
      expect(worstLag).toBeLessThan(200)
    } finally {
      await exporter.close()
    }
  })
  it('fails fast when the print view says it cannot draw the board, and the queue goes on', async () => {
    const exporter = new PdfExporter(undefined, silentLogger, 30_000)
    exporter.baseUrl = baseUrl
    try {
      await exporter.render('slow-0', new URLSearchParams()) // warm the browser
      const started = Date.now()
      const failed = await exporter.render('fail-200', new URLSearchParams()).catch((e: unknown) => e)
      expect(failed).toBeInstanceOf(PrintViewError)
      expect((failed as PrintViewError).reason).toBe('renderFailed')
      expect(Date.now() - started).toBeLessThan(3_000) // not the 30 s time limit
      const next = await exporter.render('slow-0', new URLSearchParams())
      expect(next.subarray(0, 5).toString()).toBe('%PDF-')
    } finally {
      await exporter.close()
    }
  })

  it('never starts a queued export whose client hung up, and stops a running one', async () => {
    const exporter = new PdfExporter(undefined, silentLogger, 30_000)
    exporter.baseUrl = baseUrl
    try {
      await exporter.render('slow-0', new URLSearchParams())
      requests.length = 0
      const running = new AbortController()
      const queued = new AbortController()
      const outcome = (job: Promise<Buffer>) =>
        job.then(
          (pdf) => pdf,
          (error: unknown) => error as Error,
        )
      const started = Date.now()
      const stuck = outcome(exporter.render('never', new URLSearchParams(), running.signal))
      const waiting = outcome(exporter.render('slow-1', new URLSearchParams(), queued.signal))
      const after = outcome(exporter.render('slow-2', new URLSearchParams()))
      while (!requests.some((r) => r.path === '/print/never')) await new Promise((r) => setTimeout(r, 20))

      queued.abort()
      expect(await waiting).toBeInstanceOf(ExportCancelledError) // at once, not when its turn comes
      running.abort()
      expect(await stuck).toBeInstanceOf(ExportCancelledError)
      expect(((await after) as Buffer).subarray(0, 5).toString()).toBe('%PDF-')
      expect(Date.now() - started).toBeLessThan(5_000) // neither held the queue for its 30 s
      const printed = requests.map((r) => r.path).filter((path) => path.startsWith('/print/'))
      expect(printed).toEqual(['/print/never', '/print/slow-2'])
    } finally {
      await exporter.close()
    }
  })
})
