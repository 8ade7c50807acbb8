import type { Browser, Page } from '@playwright/test'

import { openBoard, openBoardMenu, passNamePrompt } from './fixtures/boardPage.ts'
import { REFLOW_SCREENS, expectReflow } from './fixtures/reflow.ts'
import { expect, test } from './fixtures/test.ts'
import { createWorkshop, facilitatorBoardUrl, workshopControls } from './fixtures/workshop.ts'

// Issue 12, "reflow and zoom": every page, dialog and panel at 320 CSS px wide and at 200 %
// zoom, without sideways scrolling and without a control out of reach. (The outline view has
// its own reflow test, with the outline.)

for (const screen of REFLOW_SCREENS) {
  const open = async (browser: Browser): Promise<Page> => {
    const context = await browser.newContext({
      viewport: screen.viewport,
      deviceScaleFactor: screen.deviceScaleFactor,
    })
    return context.newPage()
  }

  test.describe(`at ${screen.label}`, () => {
    test('the start page, empty and with its list', async ({ browser, server }) => {
      const page = await open(browser)
      await page.goto(server.url)
      await expect(page.getByRole('button', { name: 'Lag tavle: Oppstart' })).toBeVisible()
      await expectReflow(page, 'start', { minControls: 8 })
      await page.getByRole('button', { name: 'Lag tavle: Oppstart' }).click()
      await passNamePrompt(page)
      await page.goto(server.url)
      await expect(page.getByRole('region', { name: 'Laget i denne nettleseren' })).toBeVisible()
      await expectReflow(page, 'start-list', { minControls: 10 })
      await page.context().close()
    })

    test('the dashboard during a workshop, and its two confirmations', async ({ browser, server }) => {
      const workshop = await createWorkshop(server, 'lup-oppstart')
      const page = await open(browser)
      await page.goto(`${server.url}/w/${workshop.id}?key=${workshop.facilitatorKey}`)
      await page.getByRole('button', { name: 'Start' }).click()
      await expect(page.getByTestId('dashboard-timer')).toHaveText(/igjen/)
      await page.getByRole('textbox', { name: 'Melding til alle grupper' }).fill('Velkommen')
      await page.getByRole('button', { name: 'Send' }).click()
      await expect(page.getByRole('region', { name: 'Sendte meldinger' }).getByRole('listitem')).toHaveCount(
        1,
      )
      await expectReflow(page, 'dashboard', { minControls: 10 })

      await page.getByRole('button', { name: 'Avslutt workshop', exact: true }).click()
      await expect(page.getByRole('dialog')).toBeVisible()
      await expectReflow(page, 'dashboard-end', { minControls: 2 })
      await page.keyboard.press('Escape')
      await page.locator('.group-card').first().getByRole('button', { name: 'Lag nye lenker' }).click()
      await expect(page.getByRole('dialog', { name: /Gruppe 1/ })).toBeVisible()
      await expectReflow(page, 'dashboard-new-links', { minControls: 2 })
      await page.context().close()
    })

    test('the board: name prompt, banner, board menu and each panel', async ({ browser, server }) => {
      const workshop = await createWorkshop(server)
      const send = workshopControls(server, workshop)
      await send.message('Fem minutter igjen. Skriv ned de viktigste behovene før vi samles i plenum.')
      await send.timer({ action: 'start', durationMs: 5 * 60_000 })
      const page = await open(browser)
      await page.goto(workshop.groups[0]!.editUrl)
      await expect(page.getByLabel('Navn')).toBeVisible()
      await expectReflow(page, 'name-prompt', { minControls: 2 })
      await passNamePrompt(page)
      await expect(page.getByTestId('sync-link')).toHaveText('Tilkoblet')
      await expect(page.locator('.workshop-banner')).toBeVisible()
      await expectReflow(page, 'board', { minControls: 5 })

      // The facilitator's link: every panel there is.
      await openBoard(page, facilitatorBoardUrl(server, workshop))
      await openBoardMenu(page)
      const menu = page.getByRole('region', { name: 'Tavle' })
      await expectReflow(page, 'board-menu', { minControls: 8, layer: '.board-menu__sheet' })
      for (const [panel, shot] of [
        ['Skriv ut', 'print'],
        ['Versjoner', 'versions'],
        ['Lagre som mal', 'save-as-template'],
      ] as const) {
        await menu.getByRole('button', { name: panel, exact: true }).click()
        await expect(menu.getByRole('region', { name: panel })).toBeVisible()
        await expectReflow(page, `board-menu-${shot}`, { minControls: 8, layer: '.board-menu__sheet' })
        await menu.getByRole('region', { name: panel }).getByRole('button', { name: 'Lukk' }).click()
      }
      await page.context().close()
    })

    test('the print view', async ({ browser, server }) => {
      const board = await server.createBoard({ templateId: 'lup-oppstart' })
      const page = await open(browser)
      await page.goto(`${server.url}/print/${board.id}?key=${board.viewKey}&paper=A3`)
      await page.waitForFunction(() => window.borddukPrintReady === true)
      await expectReflow(page, 'print-view', { minControls: 2 })
      await page.context().close()
    })

    test('the error pages', async ({ browser, server }) => {
      const page = await open(browser)
      await page.goto(`${server.url}/b/doesnotexist?key=nokey`)
      await expect(page.getByRole('alert')).toBeVisible()
      await expectReflow(page, 'unknown-board', { minControls: 2 })
      const board = await server.createBoard({ templateId: 'lup-oppstart' })
      await page.goto(`${server.url}/b/${board.id}?key=wrong-key`)
      await expect(page.getByRole('alert')).toBeVisible()
      await expectReflow(page, 'wrong-key', { minControls: 2 })
      const workshop = await createWorkshop(server)
      await workshopControls(server, workshop).rotateKeys(workshop.groups[0]!.boardId)
      await page.goto(workshop.groups[0]!.editUrl)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Denne lenken er byttet ut')
      await expectReflow(page, 'link-replaced', { minControls: 2 })
      await page.goto(`${server.url}/no/such/page`)
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
      await expectReflow(page, 'unknown-route', { minControls: 1 })
      await page.goto(`${server.url}/w/${workshop.id}?key=wrong-key`)
      await expect(page.getByRole('alert')).toBeVisible()
      await expectReflow(page, 'wrong-workshop-key', { minControls: 1 })
      await page.context().close()
    })
  })
}

test('the reflow check itself fails on sideways scrolling, a control off screen and a covered one', async ({
  browser,
}) => {
  const context = await browser.newContext({ viewport: { width: 320, height: 640 } })
  const page = await context.newPage()
  const check = () => expectReflow(page, 'self-test')
  await page.setContent('<main><button>Ok</button><div style="width:400px">Bred</div></main>')
  await expect(check()).rejects.toThrow(/scrolls sideways/)
  await page.setContent(
    '<main style="overflow:hidden"><button style="margin-left:330px">Borte</button></main>',
  )
  await expect(check()).rejects.toThrow(/outside the viewport/)
  await page.setContent(
    '<main><button>Under</button><div style="position:fixed;inset:0;background:#fff">Lokk</div></main>',
  )
  await expect(check()).rejects.toThrow(/covered by/)
  // Passes: a link broken over two lines, reachable on each.
  await page.setContent(
    '<main><p style="width:6em"><button>Ok</button> <a href="/">En lang lenke her</a></p></main>',
  )
  await check()
  await context.close()
})
