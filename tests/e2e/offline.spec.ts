import { addNote, localUpdateCount, noteTexts, waitUntilSaved } from './fixtures/boardPage.ts'
import { expect, test } from './fixtures/test.ts'

test('one person offline, both edit, reconnect: both edits end up on both screens', async ({
  server,
  person,
}) => {
  const board = await server.createBoard()
  const online = await person(board.editUrl)
  const offline = await person(board.editUrl)

  await offline.context().setOffline(true)
  await expect(offline.getByTestId('sync-link')).toHaveText(/Frakoblet|Offline/)

  await addNote(offline, 'Skrevet uten nett', 100, 100)
  await addNote(online, 'Skrevet på nett', 400, 100)
  await expect(offline.getByTestId('sync-saved')).toHaveAttribute('data-unsaved', 'true')
  await expect.poll(() => noteTexts(online)).toEqual(['Skrevet på nett'])

  await offline.context().setOffline(false)
  const both = ['Skrevet på nett', 'Skrevet uten nett']
  await expect.poll(() => noteTexts(offline), { timeout: 20_000 }).toEqual(both)
  await expect.poll(() => noteTexts(online)).toEqual(both)
  await waitUntilSaved(offline)
})

test('edits made offline survive a reload of the page and reach the server afterwards', async ({
  server,
  person,
}) => {
  const board = await server.createBoard()
  const page = await person(board.editUrl)

  // The server goes away; the person keeps writing, then reloads once it is back.
  await server.kill('SIGKILL')
  await expect(page.getByTestId('sync-link')).toHaveText(/Frakoblet|Kobler til igjen/)
  const storedLocally = await localUpdateCount(page, board.id)
  await addNote(page, 'Lagret bare lokalt')
  await expect.poll(() => localUpdateCount(page, board.id)).toBeGreaterThan(storedLocally)
  await server.launch()
  await page.reload()
  await page.waitForFunction(() => window.editor !== undefined)
  await expect.poll(() => noteTexts(page)).toEqual(['Lagret bare lokalt'])
  await waitUntilSaved(page)
  await page.context().close()

  expect(await server.noteCount(board)).toBe(1)
})
