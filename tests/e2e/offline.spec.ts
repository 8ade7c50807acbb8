import { expect, test } from '@playwright/test'

import { BorddukServer } from './fixtures/BorddukServer.ts'
import { addNote, noteTexts, openBoard, waitUntilSaved } from './fixtures/boardPage.ts'

let server: BorddukServer
test.beforeAll(async () => {
  server = await BorddukServer.start()
})
test.afterAll(async () => {
  await server.stop()
})

test('one person offline, both edit, reconnect: both edits end up on both screens', async ({ browser }) => {
  const board = await server.createBoard()
  const onlineContext = await browser.newContext()
  const offlineContext = await browser.newContext()
  const online = await onlineContext.newPage()
  const offline = await offlineContext.newPage()
  await openBoard(online, board.editUrl)
  await openBoard(offline, board.editUrl)

  await offlineContext.setOffline(true)
  await expect(offline.getByTestId('sync-link')).toHaveText(/Frakoblet|Offline/)

  await addNote(offline, 'Skrevet uten nett', 100, 100)
  await addNote(online, 'Skrevet på nett', 400, 100)
  await expect(offline.getByTestId('sync-saved')).toHaveAttribute('data-unsaved', 'true')
  await expect.poll(() => noteTexts(online)).toEqual(['Skrevet på nett'])

  await offlineContext.setOffline(false)
  const both = ['Skrevet på nett', 'Skrevet uten nett']
  await expect.poll(() => noteTexts(offline), { timeout: 20_000 }).toEqual(both)
  await expect.poll(() => noteTexts(online)).toEqual(both)
  await waitUntilSaved(offline)
  await onlineContext.close()
  await offlineContext.close()
})

test('edits made offline survive a reload of the page and reach the server afterwards', async ({
  browser,
}) => {
  const board = await server.createBoard()
  const context = await browser.newContext()
  const page = await context.newPage()
  await openBoard(page, board.editUrl)

  // The server goes away; the person keeps writing, then reloads once it is back.
  await server.kill('SIGKILL')
  await expect(page.getByTestId('sync-link')).toHaveText(/Frakoblet|Kobler til igjen/)
  await addNote(page, 'Lagret bare lokalt')
  await page.waitForTimeout(300) // y-indexeddb writes asynchronously
  await server.launch()
  await page.reload()
  await page.waitForFunction(() => window.editor !== undefined)
  await expect.poll(() => noteTexts(page)).toEqual(['Lagret bare lokalt'])
  await waitUntilSaved(page)
  await context.close()

  const response = await fetch(`${server.url}/api/boards/${board.id}/snapshot?key=${board.viewKey}`)
  const file = (await response.json()) as { records: { type?: string }[] }
  expect(file.records.filter((r) => r.type === 'note')).toHaveLength(1)
})
