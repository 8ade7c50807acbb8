import { createServer } from 'node:http'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { silentLogger } from '../testing/boardFixtures.ts'
import { ExportTimeoutError, PdfExporter } from './PdfExporter.ts'

/**
 * A stand-in for the print view, so the exporter's own behaviour is what is measured: `/print/slow-N`
 * is ready after N ms, `/print/never` never, and every request is logged with its time.
 */
let server: Server
let baseUrl = ''
const requests: { path: string; at: number }[] = []

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = new URL(req.url!, 'http://x').pathname
    requests.push({ path, at: Date.now() })
    const delay = /^\/print\/slow-(\d+)$/.exec(path)?.[1]
    const ready = delay ? `setTimeout(() => (window.borddukPrintReady = true), ${delay})` : ''
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' })
    res.end(`<!doctype html><title>print</title><p>Side ${path}</p><script>${ready}</script>`)
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
})
