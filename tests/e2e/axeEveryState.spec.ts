import type { Browser, Page } from '@playwright/test'

import { expectNoAxeViolations } from './fixtures/axe.ts'
import { addNote, openBoard, openBoardMenu, passNamePrompt } from './fixtures/boardPage.ts'
import { expect, test } from './fixtures/test.ts'
import { createWorkshop, facilitatorBoardUrl, workshopControls } from './fixtures/workshop.ts'

// Issue 12, "axe on every route and every UI state": the WCAG 2.0/2.1 A and AA rules on each
// page and on each state a person can bring it into (panels, menus and dialogs open, the banner
// in each of its forms, the error pages, phone size). Zero violations, and axe must have run.

const PHONE = { width: 390, height: 844 }

async function newPage(browser: Browser, viewport = { width: 1280, height: 800 }): Promise<Page> {
  const context = await browser.newContext({ viewport })
  return context.newPage()
}

test('the start page, empty and with boards remembered in this browser', async ({ page, server }) => {
  await page.goto(server.url)
  await expect(page.getByRole('button', { name: 'Lag tavle: Oppstart' })).toBeVisible()
  await expectNoAxeViolations(page, { minPasses: 10 })
  await page.getByRole('button', { name: 'Lag tavle: Oppstart' }).click()
  await passNamePrompt(page)
  await page.goto(server.url)
  await expect(page.getByRole('region', { name: 'Laget i denne nettleseren' })).toBeVisible()
  await expectNoAxeViolations(page, { minPasses: 10 })
})

test('the name prompt a browser gets on its first visit to a board', async ({ page, server }) => {
  const board = await server.createBoard({ templateId: 'lup-oppstart' })
  await page.goto(board.editUrl)
  await expect(page.getByLabel('Navn')).toBeFocused()
  await expectNoAxeViolations(page, { minPasses: 8 })
})

test('a board with notes, and tldraw’s menus we keep: main menu, style panel, more tools', async ({
  page,
  server,
}) => {
  const board = await server.createBoard({ templateId: 'lup-oppstart' })
  await openBoard(page, board.editUrl)
  const note = await addNote(page, 'Behov: bedre oversikt', 200, 200)
  await addNote(page, 'Risiko: for kort tid', 500, 200)
  await expectNoAxeViolations(page, { minPasses: 10 })

  await page.getByTestId('main-menu.button').click()
  await expect(page.getByTestId('main-menu.button')).toHaveAttribute('aria-expanded', 'true')
  await expectNoAxeViolations(page, { minPasses: 10 })
  // Its preferences submenu, and the keyboard shortcuts dialog it opens.
  await page.getByTestId('main-menu-sub.preferences-button').click()
  await expect(page.getByTestId('main-menu-sub.preferences-content')).toBeVisible()
  await expectNoAxeViolations(page, { minPasses: 10 })
  await page.getByTestId('main-menu.keyboard-shortcuts-button').click()
  await expect(page.getByRole('dialog')).toBeVisible()
  await expectNoAxeViolations(page, { minPasses: 10 })
  await page.keyboard.press('Escape')
  await expect(page.getByRole('dialog')).toBeHidden()

  await page.evaluate((id) => void window.editor!.select(id as never), note)
  await expect(page.getByTestId('style.panel')).toBeVisible()
  await expectNoAxeViolations(page, { minPasses: 10 })
  await page.evaluate(() => void window.editor!.selectNone())

  await page.getByTestId('tools.more-button').click()
  await expect(page.getByTestId('tools.more-content')).toBeVisible()
  await expectNoAxeViolations(page, { minPasses: 10 })
})

test('our panels and menus on a facilitator’s group board: board menu, print, versions, save as template, languages, sound', async ({
  page,
  server,
}) => {
  const workshop = await createWorkshop(server)
  await openBoard(page, facilitatorBoardUrl(server, workshop))
  await openBoardMenu(page)
  const menu = page.getByRole('region', { name: 'Tavle' })
  await expect(menu.getByLabel('Pip når tiden er ute')).toBeVisible()
  await expect(menu.getByTestId('board-language')).toBeVisible()
  await expect(menu.getByRole('group', { name: 'Språk' })).toBeVisible()
  await expectNoAxeViolations(page, { minPasses: 10 })

  for (const panel of ['Skriv ut', 'Versjoner', 'Lagre som mal']) {
    await menu.getByRole('button', { name: panel, exact: true }).click()
    await expect(menu.getByRole('region', { name: panel })).toBeVisible()
    await expectNoAxeViolations(page, { minPasses: 10 })
    await menu.getByRole('region', { name: panel }).getByRole('button', { name: 'Lukk' }).click()
  }
  // A saved version listed, with its restore button.
  await menu.getByRole('button', { name: 'Versjoner', exact: true }).click()
  await menu.getByLabel('Navn på versjonen').fill('Før pausen')
  await menu.getByRole('button', { name: 'Lagre versjon' }).click()
  await expect(menu.getByRole('button', { name: /Før pausen/ })).toBeVisible()
  await expectNoAxeViolations(page, { minPasses: 10 })
})

test('on a wide screen the board’s actions in a row: each panel open, both language controls', async ({
  browser,
  server,
}) => {
  const workshop = await createWorkshop(server)
  const page = await newPage(browser, { width: 1700, height: 900 })
  await openBoard(page, facilitatorBoardUrl(server, workshop))
  const panel = page.getByTestId('board-panel')
  await expect(panel.getByTestId('board-language')).toBeVisible()
  await expect(panel.getByRole('group', { name: 'Språk' })).toBeVisible()
  await expectNoAxeViolations(page, { minPasses: 10 })
  for (const name of ['Skriv ut', 'Versjoner', 'Lagre som mal']) {
    await panel.getByRole('button', { name, exact: true }).click()
    await expect(panel.getByRole('region', { name })).toBeVisible()
    await expectNoAxeViolations(page, { minPasses: 10 })
    await panel.getByRole('region', { name }).getByRole('button', { name: 'Lukk' }).click()
  }
  await page.context().close()
})

test('the workshop banner: message, timer running, folded, unfolded, message opened, time’s up', async ({
  page,
  server,
}) => {
  const workshop = await createWorkshop(server)
  const send = workshopControls(server, workshop)
  await openBoard(page, workshop.groups[0]!.editUrl)
  await send.message('Fem minutter igjen. Skriv ned de viktigste behovene før vi samles i plenum.')
  await send.timer({ action: 'start', durationMs: 5 * 60_000 })
  const banner = page.locator('.workshop-banner')
  await expect(banner.getByTestId('workshop-timer')).toHaveText(/\d:\d\d/)
  await expectNoAxeViolations(page, { minPasses: 10 })

  await banner.getByRole('button', { name: /Fem minutter/ }).click()
  await expect(banner.getByRole('button', { name: /Fem minutter/ })).toHaveAttribute('aria-expanded', 'true')
  await expectNoAxeViolations(page, { minPasses: 10 })

  await banner.getByRole('button', { name: 'Fold sammen banneret' }).click()
  await expect(banner.getByRole('button', { name: 'Fold ut banneret' })).toBeVisible()
  await expectNoAxeViolations(page, { minPasses: 10 })
  await banner.getByRole('button', { name: 'Fold ut banneret' }).click()
  await expectNoAxeViolations(page, { minPasses: 10 })

  await send.timer({ action: 'start', durationMs: 1000 })
  await expect(banner.getByTestId('workshop-timer')).toHaveText('Tiden er ute')
  await expectNoAxeViolations(page, { minPasses: 10 })
})

test('the board at phone size: banner, board menu open', async ({ browser, server }) => {
  const workshop = await createWorkshop(server)
  const send = workshopControls(server, workshop)
  await send.message('Velkommen')
  await send.timer({ action: 'start', durationMs: 5 * 60_000 })
  const page = await newPage(browser, PHONE)
  await openBoard(page, workshop.groups[0]!.editUrl)
  await addNote(page, 'Behov', 100, 300)
  await expect(page.locator('.workshop-banner')).toBeVisible()
  await expectNoAxeViolations(page, { minPasses: 10 })
  await openBoardMenu(page)
  await expectNoAxeViolations(page, { minPasses: 10 })
  await page.context().close()
})

test('the dashboard during a workshop, its two confirmations, and at phone size', async ({
  page,
  server,
}) => {
  const workshop = await createWorkshop(server, 'lup-oppstart')
  await page.goto(`${server.url}/w/${workshop.id}?key=${workshop.facilitatorKey}`)
  await page.getByRole('button', { name: 'Start' }).click()
  await expect(page.getByTestId('dashboard-timer')).toHaveText(/igjen/)
  await page.getByRole('textbox', { name: 'Melding til alle grupper' }).fill('Velkommen')
  await page.getByRole('button', { name: 'Send' }).click()
  await expect(page.getByRole('region', { name: 'Sendte meldinger' }).getByRole('listitem')).toHaveCount(1)
  await expectNoAxeViolations(page, { minPasses: 10 })

  await page.getByRole('button', { name: 'Avslutt workshop', exact: true }).click()
  await expect(page.getByRole('dialog')).toBeVisible()
  await expectNoAxeViolations(page, { minPasses: 10 })
  await page.keyboard.press('Escape')
  await expect(page.getByRole('dialog')).toBeHidden()

  await page.locator('.group-card').first().getByRole('button', { name: 'Lag nye lenker' }).click()
  await expect(page.getByRole('dialog', { name: /Gruppe 1/ })).toBeVisible()
  await expectNoAxeViolations(page, { minPasses: 10 })
  await page.keyboard.press('Escape')

  await page.setViewportSize(PHONE)
  await expectNoAxeViolations(page, { minPasses: 10 })
})

// The print view's controls: accessibility.spec.ts.

test('the error pages: unknown board, wrong key, replaced link, unknown address, unknown workshop', async ({
  browser,
  server,
}) => {
  const page = await newPage(browser)
  await page.goto(`${server.url}/b/doesnotexist?key=nokey`)
  await expect(page.getByRole('alert')).toBeVisible()
  await expectNoAxeViolations(page, { minPasses: 5 })

  const board = await server.createBoard({ templateId: 'lup-oppstart' })
  await page.goto(`${server.url}/b/${board.id}?key=wrong-key`)
  await expect(page.getByRole('alert')).toBeVisible()
  await expectNoAxeViolations(page, { minPasses: 5 })

  const workshop = await createWorkshop(server)
  await workshopControls(server, workshop).rotateKeys(workshop.groups[0]!.boardId)
  await page.goto(workshop.groups[0]!.editUrl)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Denne lenken er byttet ut')
  await expectNoAxeViolations(page, { minPasses: 5 })

  await page.goto(`${server.url}/no/such/page`)
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expectNoAxeViolations(page, { minPasses: 5 })

  await page.goto(`${server.url}/w/${workshop.id}?key=wrong-key`)
  await expect(page.getByRole('alert')).toBeVisible()
  await expectNoAxeViolations(page, { minPasses: 5 })
  await page.context().close()
})

test('the axe check itself fails on a violation, and on a run that checked too little', async ({ page }) => {
  await page.setContent(
    '<!doctype html><html lang="nb"><title>x</title><main><button></button></main></html>',
  )
  await expect(expectNoAxeViolations(page)).rejects.toThrow(/button-name/)
  await page.setContent('<!doctype html><html lang="nb"><title>x</title><main><p>Hei</p></main></html>')
  await expectNoAxeViolations(page)
  await expect(expectNoAxeViolations(page, { minPasses: 500 })).rejects.toThrow(/500/)
})

test('in English: the board with its menu open, and the dashboard', async ({ page, server }) => {
  const workshop = await createWorkshop(server)
  await page.goto(server.url)
  await page.getByRole('button', { name: 'English' }).click()
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await openBoard(page, facilitatorBoardUrl(server, workshop))
  await openBoardMenu(page)
  await expect(page.getByRole('region', { name: 'Board' })).toBeVisible()
  await expectNoAxeViolations(page, { minPasses: 10 })
  await page.goto(`${server.url}/w/${workshop.id}?key=${workshop.facilitatorKey}`)
  await expect(page.locator('.group-card')).toHaveCount(2)
  await expectNoAxeViolations(page, { minPasses: 10 })
})
