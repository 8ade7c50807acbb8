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
 * The print view said it cannot draw the board (`window.borddukPrintError`); `reason` is its
 * word for why: `boardNotFound`, `boardForbidden`, `boardLoadFailed` or `renderFailed`.
 */
export class PrintViewError extends Error {
  override name = 'PrintViewError'
  readonly reason: string
  constructor(reason: string) {
    super(`the print view could not draw the board (${reason})`)
    this.reason = reason
  }
}

/** The client that asked went away: a queued export never starts, a running one is stopped. */
export class ExportCancelledError extends Error {
  override name = 'ExportCancelledError'
}

/**
 * Runs in the page: waits for one of the print view's two flags, ready (every sheet laid out)
 * or the reason it cannot draw the board. Given to `page.evaluate` as an expression, which the
 * DevTools protocol runs outside the page's Content-Security-Policy; `waitForFunction` would
 * compile its predicate with `new Function` inside the page, and our policy forbids that.
 */
const PRINT_OUTCOME = `new Promise((resolve) => {
  const check = () => {
    if (window.borddukPrintError !== undefined) resolve({ error: String(window.borddukPrintError) })
    else if (window.borddukPrintReady === true) resolve({})
    else setTimeout(check, 50)
  }
  check()
})`

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

  /**
   * The PDF of a board's print view; `query` carries key and paper. When `signal` aborts (the
   * request's client disconnected), the promise rejects with ExportCancelledError at once: a
   * queued export is skipped when its turn comes, a running one has its page closed.
   */
  render(boardId: string, query: URLSearchParams, signal?: AbortSignal): Promise<Buffer> {
    const job = this.queue.then(() => {
      if (signal?.aborted) throw new ExportCancelledError('the export was cancelled before it started')
      return this.renderNow(boardId, query, signal)
    })
    this.queue = job.catch(() => {})
    if (!signal) return job
    return new Promise<Buffer>((resolve, reject) => {
      const onAbort = () => reject(new ExportCancelledError('the export was cancelled'))
      if (signal.aborted) onAbort()
      signal.addEventListener('abort', onAbort, { once: true })
      job.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort))
    })
  }

  async close(): Promise<void> {
    const browser = await this.browser?.catch(() => null)
    await browser?.close()
    this.browser = null
  }

  private async renderNow(boardId: string, query: URLSearchParams, signal?: AbortSignal): Promise<Buffer> {
    if (!this.available) throw new ChromiumMissingError('no Chromium found')
    this.browser ??= chromium.launch({ executablePath: this.executablePath, args: CHROMIUM_ARGS })
    const browser = await this.browser
    const context = await browser.newContext()
    // Closing the context ends whatever the page is waiting for, so the queue moves on now.
    const stop = () => void context.close().catch(() => {})
    signal?.addEventListener('abort', stop, { once: true })
    const started = Date.now()
    const timedOut = () => {
      this.logger.warn({ ms: Date.now() - started }, 'pdf export timed out')
      return new ExportTimeoutError(`the print view was not ready within ${this.timeoutMs / 1000} s`)
    }
    try {
      const page = await context.newPage()
      page.on('console', (message) => this.logger.debug({ page: message.text() }, 'print view'))
      await page.goto(`${this.baseUrl}/print/${encodeURIComponent(boardId)}?${query}`, {
        timeout: this.timeoutMs,
      })
      const outcome = page.evaluate(PRINT_OUTCOME) as Promise<{ error?: string }>
      const settled = await within(outcome, started + this.timeoutMs - Date.now())
      if (!settled) throw timedOut()
      if (settled.error !== undefined) {
        this.logger.warn({ ms: Date.now() - started, reason: settled.error }, 'pdf export: print view failed')
        throw new PrintViewError(settled.error)
      }
      const laidOutMs = Date.now() - started
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true })
      this.logger.info({ ms: Date.now() - started, laidOutMs, bytes: pdf.byteLength }, 'pdf exported')
      return pdf
    } catch (error) {
      if (signal?.aborted) {
        this.logger.info({ ms: Date.now() - started }, 'pdf export cancelled by its client')
        throw new ExportCancelledError('the export was cancelled')
      }
      throw error instanceof errors.TimeoutError ? timedOut() : error
    } finally {
      signal?.removeEventListener('abort', stop)
      await context.close()
    }
  }
}

/** `work`'s result, or `undefined` once `ms` have passed without one. */
async function within<T>(work: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), Math.max(0, ms))
  })
  try {
    return await Promise.race([work, timeout])
  } finally {
    clearTimeout(timer)
  }
}
