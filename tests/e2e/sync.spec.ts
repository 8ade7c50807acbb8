import { expect, test } from '@playwright/test'

import { BorddukServer } from './fixtures/BorddukServer.ts'
import { addNote, noteTexts, openBoard } from './fixtures/boardPage.ts'

let server: BorddukServer
test.beforeAll(async () => {
  server = await BorddukServer.start()
})
test.afterAll(async () => {
  await server.stop()
})

test('two people on one board see each other’s notes, shapes, drawings and named cursors live', async ({
  browser,
}) => {
  const board = await server.createBoard()
  const alice = await browser.newContext()
  const bob = await browser.newContext()
  const a = await alice.newPage()
  const b = await bob.newPage()
  await openBoard(a, board.editUrl)
  await openBoard(b, board.editUrl)

  await addNote(a, 'Behov: færre papirskjema')
  await expect.poll(() => noteTexts(b)).toEqual(['Behov: færre papirskjema'])
  await addNote(b, 'Marked: spør leverandørene', 400, 100)
  await expect.poll(() => noteTexts(a)).toEqual(['Behov: færre papirskjema', 'Marked: spør leverandørene'])

  // A rectangle and a freehand stroke, drawn with the real pointer tools.
  await a.keyboard.press('r')
  await a.mouse.move(300, 400)
  await a.mouse.down()
  await a.mouse.move(450, 500, { steps: 5 })
  await a.mouse.up()
  await a.keyboard.press('d')
  await a.mouse.move(600, 400)
  await a.mouse.down()
  await a.mouse.move(650, 450, { steps: 5 })
  await a.mouse.move(700, 420, { steps: 5 })
  await a.mouse.up()
  const typesOnB = () =>
    b.evaluate(() =>
      window
        .editor!.getCurrentPageShapes()
        .map((s) => s.type)
        .sort(),
    )
  await expect.poll(typesOnB).toEqual(['draw', 'geo', 'note', 'note'])

  // Bob sees Alice's cursor with her name and colour.
  await a.mouse.move(500, 300)
  const aliceName = await a.evaluate(() => window.editor!.user.getName())
  await expect
    .poll(() =>
      b.evaluate(() => window.editor!.getCollaborators().map((c) => ({ name: c.userName, color: c.color }))),
    )
    .toEqual([expect.objectContaining({ name: aliceName })])
  await expect(b.locator('.tl-collaborator__cursor-hint, .tl-nametag').first()).toBeAttached()

  await alice.close()
  await bob.close()
})

test('a view link follows the board live but cannot change it', async ({ browser }) => {
  const board = await server.createBoard()
  const editorContext = await browser.newContext()
  const viewerContext = await browser.newContext()
  const editor = await editorContext.newPage()
  const viewer = await viewerContext.newPage()
  await openBoard(editor, board.editUrl)
  await openBoard(viewer, board.viewUrl)
  await expect(viewer.getByText(/Kun visning|View only/)).toBeVisible()
  expect(await viewer.evaluate(() => window.editor!.getIsReadonly())).toBe(true)

  await addNote(editor, 'Synlig for alle')
  await expect.poll(() => noteTexts(viewer)).toEqual(['Synlig for alle'])

  // Even if the viewer's editor is forced to write, the server keeps the change out.
  await viewer.evaluate(() => {
    window.editor!.updateInstanceState({ isReadonly: false })
    window.editor!.run(() => {
      window.editor!.createShape({ type: 'geo', x: 0, y: 0 })
    })
  })
  expect(
    await viewer.evaluate(() =>
      window
        .editor!.getCurrentPageShapes()
        .map((s) => s.type)
        .sort(),
    ),
  ).toEqual(['geo', 'note'])
  await editor.waitForTimeout(1_000)
  expect(await editor.evaluate(() => window.editor!.getCurrentPageShapes().map((s) => s.type))).toEqual([
    'note',
  ])

  await editorContext.close()
  await viewerContext.close()
})
