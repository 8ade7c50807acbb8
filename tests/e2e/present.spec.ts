import type { Browser, Page } from '@playwright/test'

import { expectNoAxeViolations } from './fixtures/axe.ts'
import { addNote, openBoard, waitUntilSaved } from './fixtures/boardPage.ts'
import { expect, test } from './fixtures/test.ts'
import { createWorkshop, workshopControls } from './fixtures/workshop.ts'

const SHOTS = 'test-results/shots'

async function participant(browser: Browser, url: string, name: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage()
  await openBoard(page, url, name)
  return page
}

/** Every tile is on screen whole, and the page has nothing to scroll to. */
async function expectAllTilesInView(page: Page, tiles: number) {
  const tile = page.getByTestId('present-tile')
  await expect(tile).toHaveCount(tiles)
  for (let i = 0; i < tiles; i++) await expect(tile.nth(i)).toBeInViewport({ ratio: 1 })
  const scrolls = await page.evaluate(() => {
    const root = document.scrollingElement!
    return root.scrollHeight > innerHeight || root.scrollWidth > innerWidth
  })
  expect(scrolls).toBe(false)
}

test('the projector view shows every group live, one large on a click, and steps through them by keyboard', async ({
  browser,
  server,
}) => {
  test.setTimeout(120_000)
  const workshop = await createWorkshop(server, 'lup-oppstart', 2)
  const [one, two] = workshop.groups
  const kari = await participant(browser, one!.editUrl, 'Kari')
  const ola = await participant(browser, two!.editUrl, 'Ola')
  await addNote(kari, 'Kari sitt behov', 300, 400)
  await addNote(ola, 'Ola sitt behov', 300, 400)
  await Promise.all([waitUntilSaved(kari), waitUntilSaved(ola)])

  // Who is where: the dashboard names the people on each board.
  const dashboard = await (await browser.newContext()).newPage()
  await dashboard.setViewportSize({ width: 1366, height: 768 })
  await dashboard.goto(`${server.url}/w/${workshop.id}?key=${workshop.facilitatorKey}`)
  const names = dashboard.getByTestId('present-names')
  await expect(names.nth(0)).toHaveText('Til stede: Kari')
  await expect(names.nth(1)).toHaveText('Til stede: Ola')

  // The dashboard's link opens the projector view; the projector itself is nobody present.
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } })
  const projector = await context.newPage()
  const link = dashboard.getByRole('link', { name: 'Prosjektorvisning' })
  await projector.goto(await link.getAttribute('href').then((href) => new URL(href!, server.url).href))
  const tiles = projector.getByTestId('present-tile')
  await expect(tiles.nth(0).getByRole('heading', { level: 2 })).toHaveText('1Gruppe 1')
  await expect(tiles.nth(0)).toContainText('Kari sitt behov', { timeout: 20_000 })
  await expect(tiles.nth(1)).toContainText('Ola sitt behov', { timeout: 20_000 })
  await expect(projector).toHaveTitle(/Prosjektorvisning/)

  // Live: a note written after the projector opened appears on it within seconds.
  await addNote(kari, 'Skrevet etterpå', 700, 400)
  await expect(tiles.nth(0)).toContainText('Skrevet etterpå', { timeout: 5_000 })
  await expect(tiles.nth(1)).not.toContainText('Skrevet etterpå')
  // The projector looks on: neither a name nor one more in the head count.
  await dashboard.waitForTimeout(3_500) // one dashboard refresh
  await expect(names.nth(0)).toHaveText('Til stede: Kari')
  await expect(dashboard.getByTestId('participants').nth(0)).toHaveText('1 til stede')

  await expectAllTilesInView(projector, 2)
  await expectNoAxeViolations(projector)
  await projector.screenshot({ path: `${SHOTS}/present-1920.png` })

  // A click shows that group large, still live; the arrows step; Escape goes back to the grid.
  await tiles.nth(0).getByRole('button', { name: 'Vis Gruppe 1 stort' }).click()
  await expect(tiles.nth(1)).toBeHidden()
  await expect(projector.getByText('1 av 2', { exact: true })).toBeVisible()
  await expect(projector.getByRole('button', { name: 'Alle grupper' })).toBeFocused()
  const box = await tiles.nth(0).boundingBox()
  expect(box!.width).toBeGreaterThan(1800)
  expect(box!.height).toBeGreaterThan(850)
  await addNote(kari, 'Stort og levende', 700, 700)
  await expect(tiles.nth(0)).toContainText('Stort og levende', { timeout: 5_000 })
  await expectNoAxeViolations(projector)
  await projector.screenshot({ path: `${SHOTS}/present-large.png` })
  // Zoomed in on the notes (the default), they are far larger than on the whole sheet.
  const zoom = projector.getByRole('button', { name: 'Zoom inn på lappene' })
  await expect(zoom).toHaveAttribute('aria-pressed', 'true')
  const noteWidth = () =>
    tiles
      .nth(0)
      .locator('.tl-shape', { hasText: 'Kari sitt behov' })
      .evaluate((e) => e.getBoundingClientRect().width)
  const zoomedWidth = await noteWidth()
  await zoom.click()
  await expect(zoom).toHaveAttribute('aria-pressed', 'false')
  await expect.poll(noteWidth).toBeLessThan(zoomedWidth * 0.8)
  await projector.screenshot({ path: `${SHOTS}/present-large-board.png` })
  await zoom.click()
  await expect.poll(noteWidth).toBeGreaterThan(zoomedWidth * 0.9)

  await projector.keyboard.press('ArrowRight')
  await expect(tiles.nth(0)).toBeHidden()
  await expect(tiles.nth(1)).toBeVisible()
  await expect(tiles.nth(1)).toContainText('Ola sitt behov')
  await expect(projector.getByText('2 av 2', { exact: true })).toBeVisible()
  await expect(projector.getByTestId('live-region')).toContainText('Viser Gruppe 2, 2 av 2.')
  // A presenter clicker's Page Down wraps round to the first group.
  await projector.keyboard.press('PageDown')
  await expect(tiles.nth(0)).toBeVisible()
  await expect(tiles.nth(1)).toBeHidden()

  await projector.keyboard.press('Escape')
  await expect(tiles.nth(1)).toBeVisible()
  await expect(tiles.nth(0).getByRole('button', { name: 'Vis Gruppe 1 stort' })).toBeFocused()
  // Keyboard only: the number key opens a group, and so does Enter on a focused tile.
  await projector.keyboard.press('2')
  await expect(tiles.nth(0)).toBeHidden()
  await projector.keyboard.press('Enter') // on "Alle grupper"
  await expect(tiles.nth(0)).toBeVisible()
  await expect(tiles.nth(1).getByRole('button', { name: 'Vis Gruppe 2 stort' })).toBeFocused()
  await projector.keyboard.press('ArrowLeft')
  await expect(tiles.nth(0).getByRole('button', { name: 'Vis Gruppe 1 stort' })).toBeFocused()
  await projector.keyboard.press('Enter')
  await expect(tiles.nth(1)).toBeHidden()
  await projector.keyboard.press('Escape')
  await expect(tiles.nth(0).getByRole('button', { name: 'Vis Gruppe 1 stort' })).toBeFocused()
  // A clicker has no Enter: Page Up on the grid opens the focused group.
  await projector.keyboard.press('ArrowRight')
  await expect(tiles.nth(1).getByRole('button', { name: 'Vis Gruppe 2 stort' })).toBeFocused()
  await projector.keyboard.press('PageUp')
  await expect(tiles.nth(0)).toBeHidden()
  await expect(tiles.nth(1)).toBeVisible()
  await projector.keyboard.press('Escape')

  // A 4K screen: the same grid, nothing to scroll, the names scaled with the screen.
  await projector.setViewportSize({ width: 3840, height: 2160 })
  await expectAllTilesInView(projector, 2)
  const nameSize = await tiles
    .nth(0)
    .getByRole('heading')
    .evaluate((h) => parseFloat(getComputedStyle(h).fontSize))
  expect(nameSize).toBeGreaterThanOrEqual(80)
  await expect(tiles.nth(1)).toContainText('Ola sitt behov')
  await projector.screenshot({ path: `${SHOTS}/present-4k.png` })

  // New links for group 2: the projector drops the old view key and comes back with the new one.
  await workshopControls(server, workshop).rotateKeys(two!.boardId)
  await expect(tiles.nth(1)).toContainText('Kunne ikke vise tavla')
  await expect(tiles.nth(1)).toContainText('Ola sitt behov', { timeout: 25_000 })

  // The projector is not counted among the people present.
  await expect(names.nth(0)).toHaveText('Til stede: Kari')
  await kari.context().close()
  await expect(names.nth(0)).toHaveText('Til stede: Ingen ennå', { timeout: 15_000 })
  await expectNoAxeViolations(dashboard)
  await dashboard.screenshot({ path: `${SHOTS}/dashboard-names.png`, fullPage: true })
})

test('a wrong facilitator key gets a clear error page', async ({ page, server }) => {
  const workshop = await createWorkshop(server, 'lup-oppstart', 1)
  await page.goto(
    `${server.url}/w/${workshop.id}/present?key=${workshop.groups[0]!.editUrl.split('key=')[1]}`,
  )
  await expect(page.getByRole('alert')).toHaveText(
    'Lenken mangler tilretteleggernøkkel eller nøkkelen er feil.',
  )
  await expectNoAxeViolations(page)
})
