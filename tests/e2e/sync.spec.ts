import { addNote, noteTexts } from './fixtures/boardPage.ts'
import { expect, test } from './fixtures/test.ts'

test('two people on one board see each other’s notes, shapes, drawings and named cursors live', async ({
  server,
  person,
}) => {
  const board = await server.createBoard()
  const a = await person(board.editUrl)
  const b = await person(board.editUrl)

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
  const alice = await a.evaluate(() => ({
    name: window.editor!.user.getName(),
    color: window.editor!.user.getColor(),
  }))
  await expect
    .poll(() =>
      b.evaluate(() => window.editor!.getCollaborators().map((c) => ({ name: c.userName, color: c.color }))),
    )
    .toEqual([alice])
  await expect(b.getByText(alice.name)).toBeVisible()
})

test('a view link follows the board live but cannot change it', async ({ server, person }) => {
  const board = await server.createBoard()
  const editor = await person(board.editUrl)
  const viewer = await person(board.viewUrl)
  await expect(viewer.getByText(/Kun visning|View only/)).toBeVisible()
  expect(await viewer.evaluate(() => window.editor!.getIsReadonly())).toBe(true)

  await addNote(editor, 'Synlig for alle')
  await expect.poll(() => noteTexts(viewer)).toEqual(['Synlig for alle'])

  // Even if the viewer's editor is forced to write, the server keeps the change out.
  await viewer.evaluate(() => {
    window.editor!.updateInstanceState({ isReadonly: false })
    window.editor!.createShape({ type: 'geo', x: 0, y: 0 })
  })
  const shapeTypes = (page: typeof editor) =>
    page.evaluate(() =>
      window
        .editor!.getCurrentPageShapes()
        .map((s) => s.type)
        .sort(),
    )
  expect(await shapeTypes(viewer)).toEqual(['geo', 'note'])
  await editor.waitForTimeout(1_000)
  expect(await shapeTypes(editor)).toEqual(['note'])
})

test('the first visit asks for a name, remembered by the browser and shown on the cursor', async ({
  browser,
  server,
  person,
}) => {
  const board = await server.createBoard()
  const context = await browser.newContext()
  const page = await context.newPage()
  await page.goto(board.editUrl)
  await expect(page.getByRole('heading', { name: 'Hva heter du?' })).toBeVisible()
  await page.getByLabel('Navn').fill('Ingrid Fjell')
  await page.getByRole('button', { name: 'Bli med' }).click()
  await page.waitForFunction(() => window.editor !== undefined)
  expect(await page.evaluate(() => window.editor!.user.getName())).toBe('Ingrid Fjell')

  const other = await person(board.editUrl)
  await page.mouse.move(400, 400)
  await expect(other.getByText('Ingrid Fjell')).toBeVisible()
  await page.reload() // remembered: no second question
  await page.waitForFunction(() => window.editor !== undefined)
  await expect(page.getByRole('heading', { name: 'Hva heter du?' })).toHaveCount(0)
  await context.close()
})
