import type { Browser, Locator, Page } from '@playwright/test'

import { noteTexts, openBoardMenu, waitUntilSaved } from './fixtures/boardPage.ts'
import { expectNoAxeViolations } from './fixtures/axe.ts'
import { expect, test } from './fixtures/test.ts'

/** Opens a board's outline page (no canvas) in a browser of its own, as a person named `name`. */
async function openOutline(
  browser: Browser,
  url: string,
  name = 'Siri',
  viewport = { width: 1280, height: 800 },
) {
  const context = await browser.newContext({ viewport })
  const page = await context.newPage()
  // Everything the live region says, in order: "announced once" is checked against this.
  await page.addInitScript(() => {
    const said: string[] = []
    ;(window as unknown as { announced: string[] }).announced = said
    new MutationObserver(() => {
      const text = document.querySelector('[data-testid="live-region"]')?.textContent ?? ''
      if (text && said.at(-1) !== text) said.push(text)
    }).observe(document, { subtree: true, childList: true, characterData: true })
  })
  await page.goto(url)
  await page.waitForFunction(() => document.querySelector('.name-prompt, .outline'), null, {
    timeout: 20_000,
  })
  const nameField = page.getByLabel('Navn')
  if (await nameField.isVisible()) {
    await nameField.fill(name)
    await nameField.press('Enter')
  }
  await expect(page.locator('.outline h1')).toBeVisible({ timeout: 20_000 })
  await expect(page.getByTestId('sync-link')).toHaveText('Tilkoblet')
  return page
}

function outlineUrl(serverUrl: string, board: { id: string }, key: string): string {
  return `${serverUrl}/b/${board.id}/outline?key=${key}`
}

async function answersMd(page: Page, serverUrl: string, board: { id: string; editKey: string }) {
  const response = await page.request.get(
    `${serverUrl}/api/boards/${board.id}/answers.md?key=${board.editKey}`,
  )
  expect(response.status()).toBe(200)
  return response.text()
}

/** Presses Tab until `target` has focus: the way a keyboard user gets there. */
async function tabTo(page: Page, target: Locator, maxPresses = 200): Promise<void> {
  for (let i = 0; i < maxPresses; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return
    await page.keyboard.press('Tab')
  }
  throw new Error(`Tab never reached ${target.toString()}`)
}

/** The outline's section (h3 and everything under it) with the given title. */
function sectionIn(page: Page, title: string): Locator {
  return page.getByRole('region', { name: new RegExp(`^\\d+ ${title}$`) })
}

/** Where the canvas has a note with `text`: the title of the section its centre lies in. */
async function sectionOnCanvas(canvas: Page, text: string): Promise<string | null> {
  return canvas.evaluate((wanted) => {
    const editor = window.editor!
    const plain = (node: { text?: string; content?: unknown[] }): string =>
      (node.text ?? '') + ((node.content ?? []) as (typeof node)[]).map(plain).join('')
    const shapes = editor.getCurrentPageShapes()
    const note = shapes.find(
      (s) =>
        s.type === 'note' && plain((s.props as { richText: { content?: unknown[] } }).richText) === wanted,
    )
    if (!note) return null
    const c = editor.getShapePageBounds(note)!.center
    const section = shapes.find((s) => {
      if ((s.type as string) !== 'bd-section') return false
      const b = editor.getShapePageBounds(s)!
      return c.x >= b.x && c.x < b.maxX && c.y >= b.y && c.y < b.maxY
    })
    return section ? (section.props as unknown as { title: string }).title : null
  }, text)
}

test('keyboard only on the outline page: add, edit, move and delete a note while the canvas follows', async ({
  browser,
  server,
  person,
}) => {
  const board = await server.createBoard({ templateId: 'lup-oppstart' })
  const canvas = await person(board.editUrl)
  const page = await openOutline(browser, outlineUrl(server.url, board, board.editKey))

  await expect(page.getByRole('heading', { level: 2, name: 'Oppstart' })).toBeVisible()
  const tid = sectionIn(page, 'Tid')
  await expect(tid.getByRole('heading', { level: 3, name: '5 Tid' })).toBeVisible()
  // The guiding questions are there as text.
  await expect(tid.getByRole('listitem').first()).not.toBeEmpty()

  // Add: the field, Enter.
  const newNote = page.getByRole('textbox', { name: 'Ny lapp i «Tid»' })
  await tabTo(page, newNote)
  await page.keyboard.type('Frist i mars')
  await page.keyboard.press('Enter')
  await expect(newNote).toBeFocused()
  await expect(newNote).toHaveValue('')
  await expect(tid.getByRole('listitem').filter({ hasText: 'Frist i mars' })).toContainText('Skrevet av Siri')
  await expect(page.getByTestId('live-region')).toHaveText('Lapp lagt til i «Tid».')
  await expect.poll(() => sectionOnCanvas(canvas, 'Frist i mars')).toBe('Tid')

  // Edit: Enter on "Rediger", new text, Enter saves.
  await tabTo(page, page.getByRole('button', { name: 'Rediger lappen «Frist i mars»' }))
  await page.keyboard.press('Enter')
  const field = page.getByRole('textbox', { name: 'Tekst på lappen' })
  await expect(field).toBeFocused()
  await page.keyboard.press('ControlOrMeta+A')
  await page.keyboard.type('Frist 1. mars')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('button', { name: 'Rediger lappen «Frist 1. mars»' })).toBeFocused()
  await expect(page.getByTestId('live-region')).toHaveText('Lappen er endret.')
  await expect.poll(() => noteTexts(canvas)).toEqual(['Frist 1. mars'])
  await expect.poll(() => sectionOnCanvas(canvas, 'Frist 1. mars')).toBe('Tid')

  // Move: choose the section in the select with the keyboard, then "Flytt".
  const moveTo = page.getByRole('combobox', { name: 'Flytt til – lappen «Frist 1. mars»' })
  await tabTo(page, moveTo)
  await page.keyboard.type('6 Penger')
  await expect(moveTo.locator('option:checked')).toHaveText('6 Penger')
  await page.keyboard.press('Tab')
  await expect(page.getByRole('button', { name: 'Flytt lappen «Frist 1. mars»' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('live-region')).toHaveText('Flyttet til «Penger».')
  await expect(
    sectionIn(page, 'Penger').getByRole('listitem').filter({ hasText: 'Frist 1. mars' }),
  ).toBeVisible()
  await expect(tid.getByText('Ingen lapper ennå.')).toBeVisible()
  // Focus followed the note to its new place.
  await expect(page.getByRole('button', { name: 'Rediger lappen «Frist 1. mars»' })).toBeFocused()
  await expect.poll(() => sectionOnCanvas(canvas, 'Frist 1. mars')).toBe('Penger')
  // answers.md, from the server, puts it in the same section.
  await waitUntilSaved(page)
  const moved = await answersMd(page, server.url, board)
  const penger = moved.indexOf('Penger')
  expect(penger).toBeGreaterThan(-1)
  expect(moved.indexOf('Frist 1. mars')).toBeGreaterThan(penger)
  expect(moved.indexOf('Frist 1. mars')).toBeLessThan(moved.indexOf('Type anskaffelse og risiko'))

  // Delete: asks first; focus starts on "Avbryt".
  await tabTo(page, page.getByRole('button', { name: 'Slett lappen «Frist 1. mars»' }))
  await page.keyboard.press('Enter')
  const dialog = page.getByRole('dialog', { name: 'Slette lappen?' })
  await expect(dialog.getByRole('button', { name: 'Avbryt' })).toBeFocused()
  await page.keyboard.press('Tab')
  await expect(dialog.getByRole('button', { name: 'Slett lappen' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('live-region')).toHaveText('Lappen er slettet.')
  await expect(page.getByRole('heading', { level: 3, name: '6 Penger' })).toBeFocused()
  await expect.poll(() => noteTexts(canvas)).toEqual([])
  await waitUntilSaved(canvas)

  // The server's answers agree: nothing left.
  expect(await answersMd(page, server.url, board)).not.toContain('Frist')
})

test('a note written on the canvas appears in the outline and is announced once, when written', async ({
  browser,
  server,
  person,
}) => {
  const board = await server.createBoard({ templateId: 'lup-oppstart' })
  const canvas = await person(board.editUrl)
  const page = await openOutline(browser, outlineUrl(server.url, board, board.editKey))

  // Written keystroke by keystroke on the canvas, in the section "Tid".
  const id = await canvas.evaluate(() => {
    const editor = window.editor!
    const tid = editor
      .getCurrentPageShapes()
      .find(
        (s) =>
          (s.type as string) === 'bd-section' && (s.props as unknown as { title: string }).title === 'Tid',
      )!
    const b = editor.getShapePageBounds(tid)!
    const id = 'shape:typed-note' as never
    editor.createShape({ id, type: 'note', x: b.center.x - 50, y: b.center.y - 20 })
    return id as string
  })
  const typed = 'Budsjett fra 2027'
  // One keystroke every 100 ms, timed inside the page: a person typing, well within the 2 s the
  // outline waits for a note's text to settle (round trips from the test could take longer).
  await canvas.evaluate(
    async ({ id, typed }) => {
      for (let i = 1; i <= typed.length; i++) {
        window.editor!.updateShape({
          id: id as never,
          type: 'note',
          props: {
            richText: {
              type: 'doc',
              content: [{ type: 'paragraph', content: [{ type: 'text', text: typed.slice(0, i) }] }],
            },
          },
        })
        await new Promise((resolve) => setTimeout(resolve, 100))
      }
    },
    { id, typed },
  )
  await expect(sectionIn(page, 'Tid').getByRole('listitem').filter({ hasText: typed })).toContainText(
    'Skrevet av Kari',
  )
  await expect(page.getByTestId('live-region')).toHaveText(`Ny lapp i «Tid»: ${typed}`)
  // Heard once, finished: no half-written text was ever announced.
  await page.waitForTimeout(2_500)
  const said = await page.evaluate(() => (window as unknown as { announced: string[] }).announced)
  expect(said.filter((text) => text.includes('Ny lapp'))).toEqual([`Ny lapp i «Tid»: ${typed}`])
  expect((await page.getByTestId('live-region').textContent())!.split(typed).length - 1).toBeLessThanOrEqual(
    1,
  )
})

test('a viewer gets the outline read-only', async ({ browser, server, person }) => {
  const board = await server.createBoard({ templateId: 'lup-oppstart' })
  const canvas = await person(board.editUrl)
  await canvas.evaluate(() => {
    const editor = window.editor!
    const tid = editor
      .getCurrentPageShapes()
      .find(
        (s) =>
          (s.type as string) === 'bd-section' && (s.props as unknown as { title: string }).title === 'Tid',
      )!
    const b = editor.getShapePageBounds(tid)!
    editor.createShape({
      type: 'note',
      x: b.center.x - 50,
      y: b.center.y - 20,
      props: {
        color: 'green',
        richText: {
          type: 'doc',
          content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Sees av alle' }] }],
        },
      },
    })
  })
  await waitUntilSaved(canvas)
  const page = await openOutline(browser, outlineUrl(server.url, board, board.viewKey))
  const note = sectionIn(page, 'Tid').getByRole('listitem').filter({ hasText: 'Sees av alle' })
  await expect(note).toContainText('Farge: grønn')
  await expect(page.getByText('Du har lesetilgang')).toBeVisible()
  await expect(page.getByRole('textbox')).toHaveCount(0)
  await expect(page.getByRole('combobox')).toHaveCount(0)
  await expect(page.getByRole('main').getByRole('button')).toHaveCount(0)
  await expect(page.getByRole('link', { name: 'Til tavla' })).toHaveAttribute(
    'href',
    `/b/${board.id}?key=${board.viewKey}`,
  )
})

test('the outline reflows at 320 px: no sideways scrolling, every button reachable', async ({
  browser,
  server,
}) => {
  const board = await server.createBoard({ templateId: 'lup-oppstart' })
  // 320 CSS px is also a 1280 px window at 400 % or a 640 px one at 200 % zoom.
  const page = await openOutline(browser, outlineUrl(server.url, board, board.editKey), 'Siri', {
    width: 320,
    height: 640,
  })
  const newNote = page.getByRole('textbox', { name: 'Ny lapp i «Mål og hensikt»' })
  await newNote.fill('En lapp med et ganske langt ord: anskaffelsesprosessdokumentasjonen')
  await newNote.press('Enter')
  await expect(page.getByRole('button', { name: /^Rediger lappen/ })).toHaveCount(1)
  await page.screenshot({ path: test.info().outputPath('outline-320.png'), fullPage: true })
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  )
  expect(overflow).toBeLessThanOrEqual(0)
  const buttons = page.getByRole('button')
  expect(await buttons.count()).toBeGreaterThan(10)
  for (const button of await buttons.all()) {
    await button.scrollIntoViewIfNeeded()
    const box = (await button.boundingBox())!
    expect(box.x).toBeGreaterThanOrEqual(0)
    expect(box.x + box.width).toBeLessThanOrEqual(320)
  }
})

test('the outline page and the board with the outline panel have no WCAG 2.1 AA violations', async ({
  browser,
  server,
  person,
}) => {
  const board = await server.createBoard({ templateId: 'lup-oppstart' })
  const page = await openOutline(browser, outlineUrl(server.url, board, board.editKey))
  await page.getByRole('textbox', { name: 'Ny lapp i «Tid»' }).fill('Til axe')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('button', { name: 'Rediger lappen «Til axe»' })).toBeVisible()
  await expectNoAxeViolations(page, { minPasses: 6 })

  const canvas = await person(board.editUrl)
  await openBoardMenu(canvas)
  await canvas.getByRole('button', { name: 'Disposisjon' }).click()
  const panel = canvas.getByRole('complementary', { name: 'Disposisjon' })
  // The board menu it was chosen from folds away, out of the panel's way.
  const menuButton = canvas.getByRole('button', { name: 'Tavle' })
  await expect(menuButton).toHaveAttribute('aria-expanded', 'false')
  await expect(panel.getByRole('button', { name: 'Lukk disposisjonen' })).toBeFocused()
  await expect(panel.getByRole('listitem').filter({ hasText: 'Til axe' })).toBeVisible()
  await canvas.screenshot({ path: test.info().outputPath('board-with-outline.png') })
  await expectNoAxeViolations(canvas, { include: ['#outline-panel', '.board-panel'], minPasses: 6 })
})

test('the panel beside the canvas adds notes into the section on the canvas, and closes back to its toggle', async ({
  server,
  person,
}) => {
  const board = await server.createBoard({ templateId: 'lup-oppstart' })
  const canvas = await person(board.editUrl)
  await openBoardMenu(canvas)
  await canvas.getByRole('button', { name: 'Disposisjon' }).click()
  const panel = canvas.getByRole('complementary', { name: 'Disposisjon' })
  // The board menu it was chosen from folds away, out of the panel's way.
  const menuButton = canvas.getByRole('button', { name: 'Tavle' })
  await expect(menuButton).toHaveAttribute('aria-expanded', 'false')
  await expect(panel.getByRole('link', { name: 'Åpne disposisjonen som egen side' })).toHaveAttribute(
    'href',
    `/b/${board.id}/outline?key=${board.editKey}`,
  )
  const field = panel.getByRole('textbox', { name: 'Ny lapp i «Penger»' })
  await field.fill('Fra panelet')
  await field.press('Enter')
  await expect.poll(() => sectionOnCanvas(canvas, 'Fra panelet')).toBe('Penger')
  await expect(panel.getByRole('listitem').filter({ hasText: 'Fra panelet' })).toBeVisible()
  // The canvas beside it still works: a note made there shows up in the panel.
  await canvas.evaluate(() => {
    const editor = window.editor!
    const s = editor
      .getCurrentPageShapes()
      .find(
        (s) =>
          (s.type as string) === 'bd-section' && (s.props as unknown as { title: string }).title === 'Tid',
      )!
    const b = editor.getShapePageBounds(s)!
    editor.createShape({
      type: 'note',
      x: b.center.x,
      y: b.center.y,
      props: {
        richText: {
          type: 'doc',
          content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Fra lerretet' }] }],
        },
      },
    })
  })
  await expect(
    panel.getByRole('region', { name: '5 Tid' }).getByRole('listitem').filter({ hasText: 'Fra lerretet' }),
  ).toBeVisible()
  await panel.getByRole('button', { name: 'Lukk disposisjonen' }).press('Enter')
  await expect(panel).toHaveCount(0)
  // The toggle is folded in the menu: focus goes back to the menu's button.
  await expect(menuButton).toBeFocused()
})
