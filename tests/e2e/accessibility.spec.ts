import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'

import { BorddukServer } from './fixtures/BorddukServer.ts'

let server: BorddukServer
test.beforeAll(async () => {
  server = await BorddukServer.start()
})
test.afterAll(async () => {
  await server.stop()
})

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

for (const locale of ['nb', 'en'] as const) {
  test(`the start page has no WCAG 2.1 AA violations (${locale})`, async ({ page }) => {
    await page.goto(server.url)
    if (locale === 'en') await page.getByRole('button', { name: 'English' }).click()
    await expect(page.locator('html')).toHaveAttribute('lang', locale)
    const results = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze()
    expect(
      results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([])
    // axe must actually have checked something, or an empty violation list means nothing.
    expect(results.passes.length).toBeGreaterThan(5)
  })
}

test('the start page works with the keyboard alone', async ({ page }) => {
  await page.goto(server.url)
  await page.keyboard.press('Tab')
  await page.keyboard.press('Tab')
  await page.keyboard.press('Tab')
  await expect(page.getByRole('button', { name: 'Ny tavle' })).toBeFocused()
  await page.keyboard.press('Enter')
  await page.waitForURL(/\/b\/[A-Za-z0-9_-]+\?key=/)
})
