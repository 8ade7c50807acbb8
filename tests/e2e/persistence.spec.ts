import { addNote, noteTexts, waitUntilSaved } from './fixtures/boardPage.ts'
import { expect, test } from './fixtures/test.ts'

test('what the status calls saved survives the server being killed with SIGKILL', async ({
  server,
  person,
}) => {
  const board = await server.createBoard()
  const page = await person(board.editUrl)
  for (let i = 0; i < 5; i++) await addNote(page, `Lapp ${i} – æøå`, 120 + i * 220, 150)
  await waitUntilSaved(page)
  await page.context().close() // nothing of this board is left on the client side either

  await server.kill('SIGKILL')
  await server.launch()

  expect(await server.noteCount(board)).toBe(5) // from storage, through the API…
  const again = await person(board.editUrl) // …and in a fresh browser
  await expect.poll(() => noteTexts(again)).toEqual([0, 1, 2, 3, 4].map((i) => `Lapp ${i} – æøå`))
})

test('a graceful restart (SIGTERM) keeps edits and the browser reconnects by itself', async ({
  server,
  person,
}) => {
  const board = await server.createBoard()
  const page = await person(board.editUrl)
  await addNote(page, 'Før omstart')
  await waitUntilSaved(page)

  await server.kill('SIGTERM')
  expect(server.logs).toContain('shutting down')
  await expect(page.getByTestId('sync-link')).toHaveText(/Frakoblet|Kobler til igjen/)
  await server.launch()
  await expect(page.getByTestId('sync-link')).toHaveText(/Tilkoblet|Connected/, { timeout: 20_000 })

  await addNote(page, 'Etter omstart', 400, 100)
  await waitUntilSaved(page)
  await page.context().close()

  const again = await person(board.editUrl)
  await expect.poll(() => noteTexts(again)).toEqual(['Etter omstart', 'Før omstart'])
})
