import AxeBuilder from '@axe-core/playwright'

import { expect, test } from './fixtures/test.ts'

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

/** Each UI language, by the name its switch button carries (each language named in itself). */
const LANGUAGE_BUTTONS = { nb: 'Bokmål', nn: 'Nynorsk', en: 'English', sv: 'Svenska' } as const

for (const locale of ['nb', 'nn', 'en', 'sv'] as const) {
  test(`the start page has no WCAG 2.1 AA violations (${locale})`, async ({ page, server }) => {
    await page.goto(server.url)
    if (locale !== 'nb')
      await page.getByRole('button', { name: LANGUAGE_BUTTONS[locale], exact: true }).click()
    await expect(page.locator('html')).toHaveAttribute('lang', locale)
    const results = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze()
    expect(
      results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([])
    // axe must actually have checked something, or an empty violation list means nothing.
    expect(results.passes.length).toBeGreaterThan(5)
  })
}

test('the start page works with the keyboard alone', async ({ page, server }) => {
  await page.goto(server.url)
  const newBoard = page.getByRole('button', { name: 'Lag tavle: Oppstart' })
  await expect(newBoard).toBeVisible() // the app has rendered
  // The four language buttons come first, then the first tool's button: five presses of Tab.
  for (let i = 0; i < 5; i++) await page.keyboard.press('Tab')
  await expect(newBoard).toBeFocused()
  await page.keyboard.press('Enter')
  await page.waitForURL(/\/b\/[A-Za-z0-9_-]+\?key=/)
})

test('the print view has no WCAG 2.1 AA violations in its controls', async ({ page, server }) => {
  const board = await server.createBoard({ templateId: 'lup-oppstart' })
  await page.goto(`${server.url}/print/${board.id}?key=${board.viewKey}&paper=A3`)
  await page.waitForFunction(() => window.borddukPrintReady === true)
  // The pages themselves are the printed tablecloth (tldraw's SVG), checked against paper, not axe.
  const results = await new AxeBuilder({ page }).withTags(WCAG_21_AA).include('.print-toolbar').analyze()
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([])
  expect(results.passes.length).toBeGreaterThan(3)
})
