import { mkdirSync } from 'node:fs'

import type { Page } from '@playwright/test'

import { addNote, noteTexts, openBoardMenu, passNamePrompt, waitUntilSaved } from './fixtures/boardPage.ts'
import { expect, test } from './fixtures/test.ts'

const SHOTS = 'test-results/templates'
mkdirSync(SHOTS, { recursive: true })

/** One section per template to write in, by sheet id and section id, with its title in bokmål. */
const CASES = [
  { templateId: 'lup-oppstart', sheet: 'oppstart', section: 'tid', title: 'Tid' },
  {
    templateId: 'lup-behovskartlegging',
    sheet: 'behovskartlegging',
    section: 'behovsbeskrivelse',
    title: 'Behovsbeskrivelse til markedet',
  },
  { templateId: 'lup-markedsdialog', sheet: 'markedsdialog', section: 'tidsplan', title: 'Tidsplan' },
  { templateId: 'lup-ledelsesforankring', sheet: 'nar', section: 'konkurranse', title: 'Konkurranse' },
  {
    templateId: 'tidligfase-innovasjon',
    sheet: 'tidligfase',
    section: 'innovasjonssamling',
    title: 'Innovasjonssamling',
  },
]

/** The page bounds of a template shape. */
async function boundsOf(page: Page, id: string) {
  return page.evaluate((shapeId) => {
    const bounds = window.editor!.getShapePageBounds(shapeId as never)
    if (!bounds) throw new Error(`no shape ${shapeId}`)
    return { x: bounds.x, y: bounds.y, w: bounds.w, h: bounds.h }
  }, id)
}

for (const c of CASES) {
  test(`${c.templateId}: the tablecloth opens, a note in “${c.title}” shows up there in answers.md`, async ({
    server,
    person,
  }) => {
    const board = await server.createBoard({ templateId: c.templateId })
    const page = await person(board.editUrl)
    await expect(page.locator('.bd-sheet__tool').first()).toBeVisible()
    await page.screenshot({ path: `${SHOTS}/${c.templateId}.png` })
    // The camera opens on the first sheet; show them all to find the section on any sheet.
    await page.evaluate(() => {
      window.editor!.zoomToFit()
    })
    await expect(page.locator('.bd-section__title', { hasText: c.title }).first()).toBeVisible()

    const section = await boundsOf(page, `shape:tpl-${c.sheet}-${c.section}`)
    await addNote(page, `Lapp i ${c.title}`, section.x + section.w / 2 - 100, section.y + section.h / 2 - 60)
    await waitUntilSaved(page)
    const answers = await (
      await fetch(`${server.url}/api/boards/${board.id}/answers.md?key=${board.viewKey}`)
    ).text()
    const block = answers.split('\n### ').find((part) => part.replace(/^\d+\. /, '').startsWith(c.title))
    expect(block, answers).toContain(`- Lapp i ${c.title}`)
  })
}

test('a note dragged from one section to another moves in answers.md and answers.csv', async ({
  server,
  person,
}) => {
  const board = await server.createBoard({ templateId: 'lup-oppstart' })
  const page = await person(board.editUrl)
  const tid = await boundsOf(page, 'shape:tpl-oppstart-tid')
  const penger = await boundsOf(page, 'shape:tpl-oppstart-penger')
  const id = await addNote(page, 'Budsjett: 2 mill.', tid.x + 40, tid.y + 140)
  await waitUntilSaved(page)
  const answers = () =>
    fetch(`${server.url}/api/boards/${board.id}/answers.md?key=${board.viewKey}`).then((r) => r.text())
  expect((await answers()).split('### 6. Penger')[0]).toContain('Budsjett: 2 mill.')

  // Drag it with the mouse, as a person would.
  await page.evaluate((noteId) => {
    window.editor!.select(noteId as never)
  }, id)
  const center = await page.evaluate((noteId) => {
    const editor = window.editor!
    const b = editor.getShapePageBounds(noteId as never)!
    return editor.pageToViewport({ x: b.midX, y: b.midY })
  }, id)
  const target = await page.evaluate(
    (p) => window.editor!.pageToViewport({ x: p.x + p.w / 2, y: p.y + p.h / 2 + 40 }),
    penger,
  )
  await page.mouse.move(center.x, center.y)
  await page.mouse.down()
  await page.mouse.move(target.x, target.y, { steps: 10 })
  await page.mouse.up()
  await waitUntilSaved(page)

  const after = await answers()
  expect(after.split('### 6. Penger')[0]).not.toContain('Budsjett: 2 mill.')
  expect(after.split('### 6. Penger')[1]!.split('###')[0]).toContain('Budsjett: 2 mill.')
  const csv = await (
    await fetch(`${server.url}/api/boards/${board.id}/answers.csv?key=${board.viewKey}`)
  ).text()
  expect(csv).toContain('Oppstart,6,Penger,,lapp,Budsjett: 2 mill.,gul,')
})

test('participants cannot move, unlock or delete the template layer, but can tick the checklist', async ({
  server,
  person,
}) => {
  const board = await server.createBoard({ templateId: 'tidligfase-innovasjon' })
  const a = await person(board.editUrl)
  const b = await person(board.editUrl)
  const sectionId = 'shape:tpl-tidligfase-forberedelse'
  const before = await boundsOf(a, sectionId)

  // Through the editor's own commands, as menus and shortcuts would call them.
  await a.evaluate((id) => {
    const editor = window.editor!
    editor.toggleLock([id as never])
    editor.updateShape({ id: id as never, type: 'bd-section' as never, x: 999, isLocked: false })
    editor.deleteShapes([id as never])
  }, sectionId)
  // And with the mouse: a drag across the section's title.
  const title = a.locator('.bd-section__title', { hasText: 'Forberedelse' })
  const box = (await title.boundingBox())!
  await a.mouse.move(box.x + 10, box.y + 10)
  await a.mouse.down()
  await a.mouse.move(box.x + 300, box.y + 200, { steps: 8 })
  await a.mouse.up()
  await a.keyboard.press('Delete')

  expect(await boundsOf(a, sectionId)).toEqual(before)
  expect(await a.evaluate((id) => window.editor!.getShape(id as never)?.isLocked, sectionId)).toBe(true)
  expect(
    await a.evaluate(() => window.editor!.getCurrentPageShapes().filter((s) => s.type === 'note').length),
  ).toBe(0)
  // The lock actions are gone from the UI.
  expect(await a.evaluate(() => 'toggle-lock' in (window as never))).toBe(false)

  // Ticking an item is the one change allowed, and everyone sees it.
  const item = a.getByRole('checkbox', { name: /Vi kan sette av tid og folk/ })
  await item.click()
  await expect(item).toHaveAttribute('aria-checked', 'true')
  await expect(b.getByRole('checkbox', { name: /Vi kan sette av tid og folk/ })).toHaveAttribute(
    'aria-checked',
    'true',
  )
  await waitUntilSaved(a)
  expect(await noteTexts(b)).toEqual([])
})

test('the start page shows every tool with a preview and makes a board from the chosen one', async ({
  page,
  server,
}) => {
  await page.goto(server.url)
  const cards = page.locator('.template-card')
  await expect(cards).toHaveCount(6)
  for (const img of await page.locator('.template-card__preview').all()) {
    await expect(img).toHaveJSProperty('complete', true)
    expect(await img.evaluate((el: HTMLImageElement) => el.naturalWidth)).toBeGreaterThan(0)
  }
  await page.screenshot({ path: `${SHOTS}/start-page.png`, fullPage: true })
  await page.getByRole('button', { name: 'Lag tavle: Markedsdialog' }).click()
  await page.waitForURL(/\/b\//)
  await passNamePrompt(page)
  await expect(page.locator('.bd-sheet__tool').first()).toHaveText('Markedsdialog')
  await expect(page.locator('.bd-section__title', { hasText: 'Spørsmål til leverandørene' })).toBeVisible()
})

test('switching the board language rewrites the tablecloth for everyone on it', async ({
  server,
  person,
}) => {
  const board = await server.createBoard({ templateId: 'lup-markedsdialog' })
  const a = await person(board.editUrl)
  const b = await person(board.editUrl)
  await addNote(a, 'Innspill fra møtet', 100, 300)
  await openBoardMenu(a)
  await a.getByLabel('Tavlespråk').selectOption('en')
  await expect(b.locator('.bd-sheet__tool')).toHaveText('Market dialogue')
  await expect(b.locator('.bd-section__title', { hasText: 'Questions for suppliers' })).toBeVisible()
  expect(await noteTexts(b)).toEqual(['Innspill fra møtet'])
  const answers = await (
    await fetch(`${server.url}/api/boards/${board.id}/answers.md?key=${board.viewKey}`)
  ).text()
  expect(answers).toContain('### 1. Purpose of the dialogue')
})
