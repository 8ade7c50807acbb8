import { addNote, noteTexts, openBoardMenu, waitUntilSaved } from './fixtures/boardPage.ts'
import { expect, test } from './fixtures/test.ts'

test('a saved version can be restored from the board, and everyone on it sees the result', async ({
  server,
  person,
}) => {
  const board = await server.createBoard({ templateId: 'lup-oppstart' })
  const a = await person(board.editUrl)
  const b = await person(board.editUrl)
  await addNote(a, 'Første runde', 100, 300)
  await waitUntilSaved(a)

  await openBoardMenu(a)
  await a.getByRole('button', { name: 'Versjoner' }).click()
  await a.getByLabel('Navn på versjonen').fill('Etter første runde')
  await a.getByRole('button', { name: 'Lagre versjon' }).click()
  await expect(a.getByRole('button', { name: 'Gjenopprett Etter første runde' })).toBeVisible()

  await addNote(b, 'Andre runde', 500, 300)
  await expect.poll(() => noteTexts(a)).toEqual(['Andre runde', 'Første runde'])
  await a.getByRole('button', { name: 'Gjenopprett Etter første runde' }).click()
  await expect(a.getByRole('status').filter({ hasText: 'satt tilbake' })).toBeVisible()
  await expect.poll(() => noteTexts(b)).toEqual(['Første runde'])
  await expect.poll(() => noteTexts(a)).toEqual(['Første runde'])
  // Bob's session goes on: he can keep writing.
  await addNote(b, 'Etter gjenoppretting', 800, 300)
  await expect.poll(() => noteTexts(a)).toEqual(['Etter gjenoppretting', 'Første runde'])
})
