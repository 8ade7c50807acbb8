import { expectNoAxeViolations } from './fixtures/axe.ts'
import { expect, test } from './fixtures/test.ts'

for (const locale of ['nb', 'en'] as const) {
  test(`the start page has no WCAG 2.1 AA violations (${locale})`, async ({ page, server }) => {
    await page.goto(server.url)
    if (locale === 'en') await page.getByRole('button', { name: 'English' }).click()
    await expect(page.locator('html')).toHaveAttribute('lang', locale)
    // axe must actually have checked something, or an empty violation list means nothing.
    await expectNoAxeViolations(page, { minPasses: 6 })
  })
}

test('the start page works with the keyboard alone', async ({ page, server }) => {
  await page.goto(server.url)
  const newBoard = page.getByRole('button', { name: 'Lag tavle: Oppstart' })
  await expect(newBoard).toBeVisible() // the app has rendered
  // The two language buttons come first, then the first tool's button: three presses of Tab.
  for (let i = 0; i < 3; i++) await page.keyboard.press('Tab')
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
