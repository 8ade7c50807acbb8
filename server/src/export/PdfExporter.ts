import { existsSync } from 'node:fs'

import { chromium, errors } from 'playwright-core'
import type { Browser } from 'playwright-core'

import type { Logger } from '../logger.ts'
import { CHROMIUM_ARGS } from './chromiumFlags.ts'

/** Where Debian and other distributions put Chromium. */
const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']
/** Longest an export may take before it is given up, so a stuck page never holds the queue. */
export const EXPORT_TIMEOUT_MS = 60_000

export class ChromiumMissingError extends Error {
  override name = 'ChromiumMissingError'
}

/** The print view did not get ready in time; the job was given up and the queue goes on. */
export class ExportTimeoutError extends Error {
  override name = 'ExportTimeoutError'
}

/**
 * Turns the print view (`/print/:id`) into a PDF with headless Chromium: one browser, reused;
 * one export at a time, the rest queued, each with a time limit. It runs beside the sync
 * server's event loop, in Chromium's own processes, so exports never hold up editing.
 */
export class PdfExporter {
  /** The server's own address, set once it listens: the print view is loaded from there. */
  baseUrl = ''
  private browser: Promise<Browser> | null = null
  private queue: Promise<unknown> = Promise.resolve()
  private readonly executablePath: string | undefined
  private readonly logger: Logger
  private readonly timeoutMs: number

  constructor(chromiumPath: string | undefined, logger: Logger, timeoutMs = EXPORT_TIMEOUT_MS) {
    this.executablePath = chromiumPath ?? CHROMIUM_CANDIDATES.find((path) => existsSync(path))
    this.logger = logger
    this.timeoutMs = timeoutMs
  }

  get available(): boolean {
    return this.executablePath !== undefined && existsSync(this.executablePath)
  }

  /** The PDF of a board's print view; `query` carries key and paper. */
  render(boardId: string, query: URLSearchParams): Promise<Buffer> {
    const job = this.queue.then(() => this.renderNow(boardId, query))
    this.queue = job.catch(() => {})
    return job
  }

  async close(): Promise<void> {
    const browser = await this.browser?.catch(() => null)
    await browser?.close()
    this.browser = null
  }

  private async renderNow(boardId: string, query: URLSearchParams): Promise<Buffer> {
    if (!this.available) throw new ChromiumMissingError('no Chromium found')
    this.browser ??= chromium.launch({ executablePath: this.executablePath, args: CHROMIUM_ARGS })
    const browser = await this.browser
    const context = await browser.newContext()
    const started = Date.now()
    try {
      const page = await context.newPage()
      page.on('console', (message) => this.logger.debug({ page: message.text() }, 'print view'))
      await page.goto(`${this.baseUrl}/print/${encodeURIComponent(boardId)}?${query}`, {
        timeout: this.timeoutMs,
      })
      // Runs in the page: the print view sets this flag once every sheet is laid out.
      await page.waitForFunction('window.borddukPrintReady === true', null, { timeout: this.timeoutMs })
      const laidOutMs = Date.now() - started
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true })
      this.logger.info({ ms: Date.now() - started, laidOutMs, bytes: pdf.byteLength }, 'pdf exported')
      return pdf
    } catch (error) {
      if (!(error instanceof errors.TimeoutError)) throw error
      this.logger.warn({ ms: Date.now() - started }, 'pdf export timed out')
      throw new ExportTimeoutError(`the print view was not ready within ${this.timeoutMs / 1000} s`)
    } finally {
      await context.close()
    }
  }
}
