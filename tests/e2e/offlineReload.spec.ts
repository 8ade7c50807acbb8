import { mkdirSync } from 'node:fs'
import { resolve } from 'node:path'

import type { Page } from '@playwright/test'

import { addNote, noteTexts, waitUntilSaved } from './fixtures/boardPage.ts'
import { shellCached } from './fixtures/serviceWorker.ts'
import { expect, test } from './fixtures/test.ts'

/** Looked at by people, not compared: does the offline board render whole (fonts, icons)? */
const SHOTS = resolve(import.meta.dirname, '../../test-results/offline-shots')

/** Requests of the page that got no answer, except those that need the server (API, sync). */
function failedShellRequests(page: Page): string[] {
  const failed: string[] = []
  page.on('requestfailed', (request) => {
    const { pathname } = new URL(request.url())
    if (!pathname.startsWith('/api/') && !pathname.startsWith('/sync')) failed.push(pathname)
  })
  return failed
}

test('a board reloaded without network opens from the browser, takes edits, and syncs them when the network is back', async ({
  server,
  person,
}) => {
  const board = await server.createBoard({ templateId: 'lup-behovskartlegging' })
  const page = await person(board.editUrl)
  await shellCached(page)
  // The worker carries Workbox itself (nothing from a CDN) and is revalidated on every visit.
  const worker = await fetch(`${server.url}/sw.js`)
  expect(worker.headers.get('cache-control')).toBe('no-cache')
  expect(await worker.text()).not.toContain('importScripts')
  await addNote(page, 'Før bruddet', 300, 300)
  await waitUntilSaved(page)

  // The meeting room's Wi-Fi drops, and someone reloads.
  await page.context().setOffline(true)
  const failed = failedShellRequests(page)
  await page.reload()
  await page.waitForFunction(() => window.editor !== undefined, null, { timeout: 20_000 })
  await expect(page.getByTestId('sync-link')).toHaveText(/Frakoblet|Offline/)
  await expect(page.locator('.tl-note__container', { hasText: 'Før bruddet' })).toBeVisible()
  // Every file the board needs came from the service worker: the editor chunk, fonts, icons, translations.
  await page.evaluate(() => document.fonts.ready)
  expect(await page.evaluate(() => [...document.fonts].filter((f) => f.status === 'error').length)).toBe(0)
  expect(failed).toEqual([])
  // tldraw's own menus in bokmål: the translation came from the cache too.
  await expect(page.getByRole('toolbar', { name: 'Verktøy' })).toBeVisible()
  mkdirSync(SHOTS, { recursive: true })
  await page.screenshot({ path: `${SHOTS}/board-reloaded-offline.png` })

  await addNote(page, 'Skrevet uten nett', 700, 300)
  await expect(page.getByTestId('sync-saved')).toHaveAttribute('data-unsaved', 'true')
  const other = await person(board.editUrl)
  await expect.poll(() => noteTexts(other)).toEqual(['Før bruddet'])

  await page.context().setOffline(false)
  await expect.poll(() => noteTexts(other), { timeout: 20_000 }).toEqual(['Før bruddet', 'Skrevet uten nett'])
  await waitUntilSaved(page)
  await expect(page.getByTestId('sync-link')).toHaveText(/Tilkoblet|Connected/)
  await page.screenshot({ path: `${SHOTS}/board-back-online.png` })
  expect(await server.noteCount(board)).toBe(2)
})

test('offline, a page this browser has not opened before shows Bordduk’s own page, not the browser’s error', async ({
  server,
  person,
}) => {
  const opened = await server.createBoard()
  const neverOpened = await server.createBoard()
  const page = await person(opened.editUrl)
  await shellCached(page)
  await page.context().setOffline(true)

  await page.goto(neverOpened.editUrl)
  await expect(page.getByRole('alert')).toHaveText(/Tavla kunne ikke lastes|could not be loaded/)
  await expect(page.getByRole('button', { name: /Last inn på nytt|Reload/ })).toBeVisible()
  await page.screenshot({ path: `${SHOTS}/unknown-board-offline.png` })

  await page.goto(new URL('/', opened.editUrl).href)
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expect(page.getByRole('alert')).toHaveText(/Ingen forbindelse med serveren/)
  await page.screenshot({ path: `${SHOTS}/start-offline.png` })
  // The gallery comes back with the network, without a reload.
  await page.context().setOffline(false)
  await expect(page.getByRole('button', { name: 'Lag tavle: Behovskartlegging' })).toBeVisible()
  await expect(page.getByRole('alert')).toHaveCount(0)
})

test('a link whose key was replaced does not open offline from the old copy', async ({ server, person }) => {
  const created = await fetch(`${server.url}/api/workshops`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ templateId: 'lup-oppstart', groups: 1 }),
  })
  const workshop = (await created.json()) as {
    id: string
    facilitatorKey: string
    groups: { boardId: string; editUrl: string }[]
  }
  const group = workshop.groups[0]!
  const page = await person(group.editUrl)
  await shellCached(page)

  const rotate = `${server.url}/api/workshops/${workshop.id}/groups/${group.boardId}/rotate-keys?key=${workshop.facilitatorKey}`
  expect((await fetch(rotate, { method: 'POST' })).status).toBe(200)
  await expect(page.getByRole('alert')).toBeVisible() // the socket was closed: "new links"

  // Online, the server says the old key was replaced; offline afterwards, the copy is gone with it.
  await page.reload()
  await expect(page.getByRole('alert')).toHaveText(/nye lenker|new links/)
  await page.context().setOffline(true)
  await page.reload()
  await expect(page.getByRole('alert')).toHaveText(/Tavla kunne ikke lastes|could not be loaded/)
  expect(await page.evaluate(() => window.editor)).toBeUndefined()
})
