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

test('what the status calls saved survives the server being killed with SIGKILL', async ({ browser }) => {
  const board = await server.createBoard()
  const context = await browser.newContext()
  const page = await context.newPage()
  await openBoard(page, board.editUrl)
  for (let i = 0; i < 5; i++) await addNote(page, `Lapp ${i} – æøå`, 120 + i * 220, 150)
  await waitUntilSaved(page)
  await context.close() // close the browser: nothing of this board is left on the client side either

  await server.kill('SIGKILL')
  await server.launch()

  // Read back through the API, from storage…
  const response = await fetch(`${server.url}/api/boards/${board.id}/snapshot?key=${board.viewKey}`)
  const file = (await response.json()) as { records: { type?: string }[] }
  expect(file.records.filter((r) => r.type === 'note')).toHaveLength(5)

  // …and in a fresh browser.
  const fresh = await browser.newContext()
  const again = await fresh.newPage()
  await openBoard(again, board.editUrl)
  await expect.poll(() => noteTexts(again)).toEqual([0, 1, 2, 3, 4].map((i) => `Lapp ${i} – æøå`))
  await fresh.close()
})

test('a graceful restart (SIGTERM) keeps edits and the browser reconnects by itself', async ({ browser }) => {
  const board = await server.createBoard()
  const context = await browser.newContext()
  const page = await context.newPage()
  await openBoard(page, board.editUrl)
  await addNote(page, 'Før omstart')
  await waitUntilSaved(page)

  await server.kill('SIGTERM')
  expect(server.logs).toContain('shutting down')
  await expect(page.getByTestId('sync-link')).toHaveText(/Frakoblet|Kobler til igjen/)
  await server.launch()
  await expect(page.getByTestId('sync-link')).toHaveText(/Tilkoblet|Connected/, { timeout: 20_000 })

  await addNote(page, 'Etter omstart', 400, 100)
  await waitUntilSaved(page)
  await context.close()

  const fresh = await browser.newContext()
  const again = await fresh.newPage()
  await openBoard(again, board.editUrl)
  await expect.poll(() => noteTexts(again)).toEqual(['Etter omstart', 'Før omstart'])
  await fresh.close()
})
