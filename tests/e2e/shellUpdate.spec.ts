import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

import { expect, test } from '@playwright/test'
import type { Page } from '@playwright/test'
import { build } from 'vite'

import { parseConfig } from '../../server/src/config.ts'
import { createLogger } from '../../server/src/logger.ts'
import { startServer } from '../../server/src/startServer.ts'
import type { RunningServer } from '../../server/src/startServer.ts'
import { freePort } from '../../server/src/testing/ServerProcess.ts'
import { shellCached } from './fixtures/serviceWorker.ts'

const CLIENT = resolve(import.meta.dirname, '../../client')

/** A real client build (our Vite config, service worker included) whose index.html names `release`. */
async function buildClient(outDir: string, release: string): Promise<void> {
  await build({
    root: CLIENT,
    configFile: join(CLIENT, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
    plugins: [
      {
        name: 'e2e-release-marker',
        transformIndexHtml: (html) =>
          html.replace('</head>', `<meta name="e2e-release" content="${release}"></head>`),
      },
    ],
  })
}

/** The release of the shell the page runs, or null while it is between two documents. */
function release(page: Page): Promise<string | null> {
  return page
    .evaluate(() => document.querySelector('meta[name="e2e-release"]')?.getAttribute('content') ?? null)
    .catch(() => null)
}

test('after a new build and a server restart, a reload ends on the new shell, not the cached one', async ({
  browser,
}) => {
  test.setTimeout(180_000)
  const work = mkdtempSync(join(tmpdir(), 'bordduk-shell-'))
  const [first, second] = [join(work, 'release-1'), join(work, 'release-2')]
  await buildClient(first, '1')
  await buildClient(second, '2')
  const config = parseConfig({
    PORT: String(await freePort()),
    HOST: '127.0.0.1',
    DATA_DIR: join(work, 'data'),
    LOG_LEVEL: 'silent',
  })
  const logger = createLogger('silent')
  let server: RunningServer = await startServer(config, { logger, clientDir: first })
  const context = await browser.newContext()
  try {
    const page = await context.newPage()
    await page.goto(server.url)
    await shellCached(page)
    await page.reload() // now from the service worker
    expect(await release(page)).toBe('1')

    // A deploy: the server comes back with the new build.
    await server.close()
    server = await startServer(config, { logger, clientDir: second })
    await page.reload()
    // The first document may still be the cached one; the new worker then takes over and reloads.
    await expect.poll(() => release(page), { timeout: 30_000 }).toBe('2')
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()

    // What the browser keeps now is the new shell.
    await context.setOffline(true)
    await page.reload()
    expect(await release(page)).toBe('2')
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  } finally {
    await context.close()
    await server.close()
    rmSync(work, { recursive: true, force: true })
  }
})
