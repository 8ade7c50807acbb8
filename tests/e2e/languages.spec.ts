import type { Page } from '@playwright/test'

import { openBoardMenu, waitUntilSaved } from './fixtures/boardPage.ts'
import { expect, test } from './fixtures/test.ts'

const SHOTS = 'test-results/screenshots/languages'

/** The start page's words, tldraw's and ours on a board, in each language we switch to. */
const WORDS = {
  nn: {
    button: 'Nynorsk',
    chooseTool: 'Vel eit verktøy',
    print: 'Skriv ut',
    menu: 'Tavle',
    zoomIn: 'Zoom inn',
  },
  sv: {
    button: 'Svenska',
    chooseTool: 'Välj ett verktyg',
    print: 'Skriv ut',
    menu: 'Tavla',
    zoomIn: 'Zooma in',
  },
} as const

async function chooseLanguage(page: Page, name: string) {
  // On a board below 1600 px "my language" sits in the board menu.
  if (await page.getByTestId('board-panel').isVisible()) await openBoardMenu(page)
  await page.getByRole('button', { name, exact: true }).click()
}

test('the start page speaks nynorsk and Swedish, each language named in itself', async ({ page, server }) => {
  await page.goto(server.url)
  await expect(page.getByRole('heading', { name: 'Velg et verktøy' })).toBeVisible()
  const names = page.getByRole('group', { name: 'Språk' }).getByRole('button')
  await expect(names).toHaveText(['Bokmål', 'Nynorsk', 'English', 'Svenska'])
  for (const [lang, name] of [
    ['nb', 'Bokmål'],
    ['nn', 'Nynorsk'],
    ['en', 'English'],
    ['sv', 'Svenska'],
  ]) {
    await expect(page.getByRole('button', { name, exact: true })).toHaveAttribute('lang', lang!)
  }
  for (const locale of ['nn', 'sv'] as const) {
    await chooseLanguage(page, WORDS[locale].button)
    await expect(page.locator('html')).toHaveAttribute('lang', locale)
    await expect(page.getByRole('heading', { name: WORDS[locale].chooseTool })).toBeVisible()
    await expect(page.getByRole('button', { name: WORDS[locale].button })).toHaveAttribute(
      'aria-pressed',
      'true',
    )
    await page.screenshot({ path: `${SHOTS}/start-${locale}.png` })
  }
  // The choice is remembered.
  await page.reload()
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv')
  await expect(page.getByRole('heading', { name: WORDS.sv.chooseTool })).toBeVisible()
  // Four names fit a phone's header.
  await page.setViewportSize({ width: 390, height: 844 })
  for (const button of await names.all()) {
    const box = (await button.boundingBox())!
    expect(box.x).toBeGreaterThanOrEqual(0)
    expect(box.x + box.width).toBeLessThanOrEqual(390)
  }
  await page.screenshot({ path: `${SHOTS}/start-sv-phone.png` })
})

test('on a board our chrome and tldraw’s menus speak the chosen language; the printed layer keeps its own lang', async ({
  server,
  person,
}) => {
  const board = await server.createBoard({ templateId: 'lup-oppstart' })
  const page = await person(board.editUrl)
  // In bokmål the printed layer needs no lang of its own: it is the page's language.
  await expect(page.locator('.bd-sheet').first()).not.toHaveAttribute('lang')
  for (const locale of ['nn', 'sv'] as const) {
    await chooseLanguage(page, WORDS[locale].button)
    await page.keyboard.press('Escape')
    await expect(page.locator('html')).toHaveAttribute('lang', locale)
    // Ours: the board menu's name and what is in it.
    const menu = page.getByRole('button', { name: WORDS[locale].menu, exact: true })
    await expect(menu).toBeVisible()
    await openBoardMenu(page)
    await expect(page.getByRole('button', { name: WORDS[locale].print })).toBeVisible()
    await page.keyboard.press('Escape')
    // tldraw's: the zoom menu's items.
    await page
      .getByRole('button', { name: /zoom|Zoom/ })
      .first()
      .click()
    await expect(
      page.getByRole('menuitem', { name: new RegExp(`^${WORDS[locale].zoomIn}`) }).first(),
    ).toBeVisible()
    await page.screenshot({ path: `${SHOTS}/board-${locale}.png` })
    await page.keyboard.press('Escape')
    // The sheets are still in bokmål, and say so to a screen reader.
    await expect(page.locator('.bd-sheet').first()).toHaveAttribute('lang', 'nb')
    await expect(page.locator('.bd-section').first()).toHaveAttribute('lang', 'nb')
    // The tidy button on it is ours, in the reader's language.
    await expect(page.locator('.bd-section__tidy').first()).toHaveAttribute('lang', locale)
  }
})

test('a board switched to Swedish prints Swedish sheets and gives answers.md in Swedish words', async ({
  server,
  person,
}) => {
  const board = await server.createBoard({ templateId: 'lup-behovskartlegging' })
  const page = await person(board.editUrl)
  await openBoardMenu(page)
  const boardLanguage = page.getByTestId('board-language')
  // The template has texts in all four languages, so all four are offered, each in itself.
  await expect(boardLanguage.locator('option')).toHaveText(['Bokmål', 'Nynorsk', 'English', 'Svenska'])
  await expect(boardLanguage.locator('option[value="sv"]')).toHaveAttribute('lang', 'sv')
  await boardLanguage.selectOption('sv')
  await page.keyboard.press('Escape')
  await expect(page.locator('.bd-section__title', { hasText: 'Dagens situation' }).first()).toBeVisible()
  await expect(page.locator('.bd-sheet__tool').first()).toHaveText('Behovskartläggning')
  // The UI is still bokmål, so the Swedish sheet is marked as Swedish.
  await expect(page.locator('.bd-sheet').first()).toHaveAttribute('lang', 'sv')
  await expect(page.locator('.bd-section').first()).toHaveAttribute('lang', 'sv')
  await waitUntilSaved(page)

  const answers = await (
    await fetch(`${server.url}/api/boards/${board.id}/answers.md?key=${board.viewKey}`)
  ).text()
  expect(answers).toContain('Exporterad')
  expect(answers).toContain('Mall: Behovskartläggning')
  expect(answers).toContain('Inga lappar ännu.')
  expect(answers).toContain('**Upphandling:** _inte ifyllt_')
  expect(answers).toContain('· 0 lappar')
  expect(answers).not.toContain('Ingen lapper')

  // The print view's pages speak the board's language too, though the reader's UI is bokmål.
  const print = await page.context().newPage()
  await print.goto(`${server.url}/print/${board.id}?key=${board.viewKey}&paper=A3`)
  await print.waitForFunction(() => window.borddukPrintReady === true)
  await expect(print.locator('html')).toHaveAttribute('lang', 'nb')
  await expect(print.locator('.print-pages')).toHaveAttribute('lang', 'sv')
  await expect(print.locator('.print-footer').first()).toContainText('sida 1/')
  await expect(print.getByRole('button', { name: 'Skriv ut' })).toBeVisible()
})

test('on a phone the board menu shows all four language names inside the screen', async ({
  server,
  person,
}) => {
  const board = await server.createBoard({ templateId: 'lup-oppstart' })
  const page = await person(board.editUrl)
  await page.setViewportSize({ width: 390, height: 844 })
  await openBoardMenu(page)
  const sheet = page.getByRole('region', { name: 'Tavle', exact: true })
  for (const name of ['Bokmål', 'Nynorsk', 'English', 'Svenska']) {
    const box = (await sheet.getByRole('button', { name, exact: true }).boundingBox())!
    expect(box.x, name).toBeGreaterThanOrEqual(0)
    expect(box.x + box.width, name).toBeLessThanOrEqual(390)
  }
  await page.screenshot({ path: `${SHOTS}/board-menu-phone.png` })
})
