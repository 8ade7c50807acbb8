import { expectNoAxeViolations } from './fixtures/axe.ts'
import { openBoardMenu } from './fixtures/boardPage.ts'
import { expect, test } from './fixtures/test.ts'

// Issue 12, "accessibility statement": the page, the ways to it, and its own accessibility.

const PAGES = {
  nb: { button: 'Bokmål', link: 'Tilgjengelighetserklæring', title: 'Tilgjengelighetserklæring for Bordduk' },
  en: { button: 'English', link: 'Accessibility statement', title: 'Accessibility statement for Bordduk' },
} as const

for (const locale of ['nb', 'en'] as const) {
  test(`the statement opens from the start page, in order and without WCAG 2.1 AA violations (${locale})`, async ({
    page,
    server,
  }) => {
    const words = PAGES[locale]
    await page.goto(server.url)
    await page.getByRole('button', { name: words.button, exact: true }).click()
    await page.getByRole('contentinfo').getByRole('link', { name: words.link }).click()
    await page.waitForURL(/\/tilgjengelighet$/)
    await expect(page.locator('html')).toHaveAttribute('lang', locale)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(words.title)
    await expect(page).toHaveTitle(new RegExp(`^${words.title}`))
    // One h1, then h2s: no level skipped.
    const levels = await page
      .locator('main')
      .locator('h1, h2, h3, h4, h5, h6')
      .evaluateAll((headings) => headings.map((h) => Number(h.tagName[1])))
    expect(levels[0]).toBe(1)
    expect(levels.filter((level) => level === 1)).toHaveLength(1)
    for (let i = 1; i < levels.length; i++) expect(levels[i]! - levels[i - 1]!).toBeLessThanOrEqual(1)
    expect(levels.length).toBeGreaterThanOrEqual(5)
    // No contact configured on this server: the page says it is the host's to fill in.
    await expect(page.getByTestId('statement-contact')).toHaveText(
      locale === 'nb'
        ? 'Kontaktadresse: fylles ut av virksomheten.'
        : 'Contact address: to be completed by the host.',
    )
    await expect(page.getByText('WCAG 2.1')).toBeVisible()

    await expectNoAxeViolations(page, { minPasses: 6 })
    await page.setViewportSize({ width: 1366, height: 768 })
    await page.screenshot({ path: `test-results/statement/statement-${locale}-1366.png`, fullPage: true })
    await page.setViewportSize({ width: 390, height: 844 })
    await page.screenshot({ path: `test-results/statement/statement-${locale}-390.png`, fullPage: true })
  })
}

test('the dashboard and the board menu lead to the statement too', async ({ page, server, person }) => {
  const created = await fetch(`${server.url}/api/workshops`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ templateId: 'lup-oppstart', groups: 1 }),
  })
  const workshop = (await created.json()) as {
    id: string
    facilitatorKey: string
    groups: { editUrl: string }[]
  }
  await page.goto(`${server.url}/w/${workshop.id}?key=${workshop.facilitatorKey}`)
  await expect(
    page.getByRole('contentinfo').getByRole('link', { name: 'Tilgjengelighetserklæring' }),
  ).toHaveAttribute('href', '/tilgjengelighet')

  const board = await person(workshop.groups[0]!.editUrl)
  await openBoardMenu(board)
  const link = board.getByRole('region', { name: 'Tavle', exact: true }).getByRole('link', {
    name: 'Tilgjengelighetserklæring',
  })
  await link.click()
  await board.waitForURL(/\/tilgjengelighet$/)
  await expect(board.getByRole('heading', { level: 1 })).toHaveText('Tilgjengelighetserklæring for Bordduk')
})
