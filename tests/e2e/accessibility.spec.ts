import { expectNoAxeViolations } from './fixtures/axe.ts'
import { expect, test } from './fixtures/test.ts'

/** Each UI language, by the name its switch button carries (each language named in itself). */
const LANGUAGE_BUTTONS = { nb: 'Bokmål', nn: 'Nynorsk', en: 'English', sv: 'Svenska' } as const

for (const locale of ['nb', 'nn', 'en', 'sv'] as const) {
  test(`the start page has no WCAG 2.1 AA violations (${locale})`, async ({ page, server }) => {
    await page.goto(server.url)
    if (locale !== 'nb')
      await page.getByRole('button', { name: LANGUAGE_BUTTONS[locale], exact: true }).click()
    await expect(page.locator('html')).toHaveAttribute('lang', locale)
    // axe must actually have checked something, or an empty violation list means nothing.
    await expectNoAxeViolations(page, { minPasses: 6 })
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
  await expectNoAxeViolations(page, { include: ['.print-toolbar'], minPasses: 4 })
})
