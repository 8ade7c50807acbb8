import { addNote, waitUntilSaved } from './fixtures/boardPage.ts'
import { expect, test } from './fixtures/test.ts'

test('formatted text a person writes in a note passes the server’s rich-text check and survives a reload', async ({
  server,
  person,
}) => {
  const board = await server.createBoard({ templateId: 'blank' })
  const page = await person(board.editUrl)
  const id = await addNote(page, 'start', 300, 300)
  await page.evaluate((id) => {
    window.editor!.select(id as never)
    window.editor!.setEditingShape(id as never)
  }, id)
  await page.waitForTimeout(100)
  await page.keyboard.press('End')
  await page.keyboard.press('Enter')
  await page.keyboard.type('# Behov', { delay: 30 })
  await page.keyboard.press('Enter')
  await page.keyboard.type('- varsling tidlig', { delay: 30 })
  // Every mark tldraw's text editor offers, stacked on one word: order and exclusions matter.
  await page.keyboard.press('Shift+ControlOrMeta+ArrowLeft')
  for (const keys of ['ControlOrMeta+b', 'ControlOrMeta+i', 'ControlOrMeta+u', 'ControlOrMeta+Shift+s']) {
    await page.keyboard.press(keys)
    await page.waitForTimeout(50)
  }
  await page.keyboard.press('ControlOrMeta+Shift+h')
  await page.keyboard.press('ControlOrMeta+e')
  await page.keyboard.press('Escape')
  await waitUntilSaved(page)

  const richText = await page.evaluate(
    (id) => JSON.stringify((window.editor!.getShape(id as never)!.props as { richText: unknown }).richText),
    id,
  )
  for (const part of ['"heading"', '"bulletList"', '"italic"', '"highlight"', '"code"', '"underline"']) {
    expect(richText).toContain(part)
  }
  await page.reload()
  await page.waitForFunction(() => window.editor !== undefined)
  await expect(page.getByTestId('sync-link')).toHaveText(/Tilkoblet|Connected/)
  const after = await page.evaluate(
    (id) => JSON.stringify((window.editor!.getShape(id as never)?.props as { richText?: unknown })?.richText),
    id,
  )
  expect(after).toBe(richText)
})
