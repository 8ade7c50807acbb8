import type { Browser, Page } from '@playwright/test'

import { expectNoAxeViolations } from './fixtures/axe.ts'
import { openBoard } from './fixtures/boardPage.ts'
import type { BorddukServer } from './fixtures/BorddukServer.ts'
import { expect, test } from './fixtures/test.ts'

// Issue 11, "every screen", "touch" and "one language model": the board's chrome (ours and
// tldraw's) at the five sizes people bring to a workshop, the workshop banner, a tick by touch,
// and the board's language as shared state.

const VIEWPORTS = [
  { width: 1920, height: 1080 },
  { width: 1366, height: 768 },
  { width: 1024, height: 768 },
  { width: 768, height: 1024 },
  { width: 390, height: 844 },
  // Issue 12, reflow: the narrowest width WCAG 1.4.10 asks for.
  { width: 320, height: 640 },
] as const

const SHOTS = 'test-results/chrome-shots'

interface Workshop {
  id: string
  facilitatorKey: string
  groups: { boardId: string; editUrl: string; viewUrl: string }[]
}

async function createWorkshop(
  server: BorddukServer,
  templateId = 'lup-behovskartlegging',
): Promise<Workshop> {
  const response = await fetch(`${server.url}/api/workshops`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ templateId, groups: 2 }),
  })
  expect(response.status).toBe(201)
  return (await response.json()) as Workshop
}

/** The facilitator's controls, as the dashboard sends them. */
function controls(server: BorddukServer, workshop: Workshop) {
  const post = async (path: string, body: unknown) => {
    const response = await fetch(
      `${server.url}/api/workshops/${workshop.id}/${path}?key=${workshop.facilitatorKey}`,
      { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) },
    )
    expect(response.status).toBe(200)
  }
  return {
    timer: (body: { action: 'start' | 'pause' | 'reset'; durationMs?: number }) => post('timer', body),
    message: (text: string) => post('message', { text }),
  }
}

async function personAt(browser: Browser, url: string, viewport: { width: number; height: number }) {
  const context = await browser.newContext({ viewport })
  const page = await context.newPage()
  await openBoard(page, url)
  return page
}

interface ChromeBox {
  what: string
  x: number
  y: number
  right: number
  bottom: number
}

/**
 * Every visible piece of the board's chrome, as boxes. Which pieces: inside tldraw's UI layer
 * (`.tlui-layout`), every interactive element (button, select, input, link, slider, checkbox,
 * radio) and our non-interactive pieces (status chip, group name, timer, "new message"). An
 * element inside one of tldraw's own panels (menu zone with page menu and quick actions,
 * style panel, the toolbar with its quick actions, navigation panel) counts as that panel: tldraw
 * lays out its buttons with overlapping hit areas on purpose, and we leave its panels as they are; the panels
 * themselves must not touch anything. Likewise our banner counts as one strip. Each element is still checked against the viewport.
 * Left out: the canvas (the tablecloth is content, not chrome), tldraw's skip link (off screen
 * until focused, then shown over the menu by design), and tldraw's development watermark
 * (outside the UI layer; a licence key removes it and we may not move it).
 */
async function chromeBoxes(page: Page): Promise<{ pieces: ChromeBox[]; elements: ChromeBox[] }> {
  return page.evaluate(() => {
    const layout = document.querySelector('.tlui-layout')
    if (!layout) throw new Error('no tldraw UI')
    const selector = [
      'button',
      'select',
      'input',
      'a[href]',
      '[role="slider"]',
      '[role="checkbox"]',
      '[role="radio"]',
      '.sync-status',
      '.workshop-banner__title',
      '.workshop-banner__timer',
      '.workshop-banner__new',
      '.workshop-banner__follow',
    ].join(',')
    const tldrawPanels = [
      '.tlui-menu-zone',
      '.tlui-style-panel__wrapper',
      '.tlui-main-toolbar__left',
      '.tlui-main-toolbar__mobile-style-panel',
      '.tlui-navigation-panel',
      // Ours: the banner is one strip; its parts must not cover anything either.
      '.workshop-banner',
    ].join(',')
    const boxOf = (element: Element): ChromeBox => {
      const rect = element.getBoundingClientRect()
      const name =
        element.getAttribute('aria-label') ??
        element.getAttribute('title') ??
        element.getAttribute('data-testid') ??
        (element.textContent ?? '').trim().slice(0, 30)
      return {
        what: `${element.tagName.toLowerCase()}.${[...element.classList].join('.')} «${name}»`,
        x: rect.left,
        y: rect.top,
        right: rect.right,
        bottom: rect.bottom,
      }
    }
    const elements: ChromeBox[] = []
    const pieces = new Map<Element, ChromeBox>()
    for (const element of layout.querySelectorAll<HTMLElement>(selector)) {
      if (element.closest('.tl-skip-to-main-content')) continue
      if (!element.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) continue
      const rect = element.getBoundingClientRect()
      if (rect.width < 2 || rect.height < 2) continue // screen-reader-only
      elements.push(boxOf(element))
      const piece = element.closest(tldrawPanels) ?? element
      if (!pieces.has(piece)) pieces.set(piece, boxOf(piece))
    }
    return { pieces: [...pieces.values()], elements }
  })
}

/** Off screen, or overlapping another piece: empty when the chrome fits. */
function layoutProblems(
  { pieces, elements }: { pieces: ChromeBox[]; elements: ChromeBox[] },
  viewport: { width: number; height: number },
): string[] {
  const problems: string[] = []
  const EPS = 0.5 // sub-pixel rounding; neighbours that touch do not overlap
  for (const b of [...pieces, ...elements]) {
    if (b.x < -EPS || b.y < -EPS || b.right > viewport.width + EPS || b.bottom > viewport.height + EPS) {
      problems.push(`outside: ${b.what} ${JSON.stringify([b.x, b.y, b.right, b.bottom])}`)
    }
  }
  const boxes = pieces
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!
      const b = boxes[j]!
      const w = Math.min(a.right, b.right) - Math.max(a.x, b.x)
      const h = Math.min(a.bottom, b.bottom) - Math.max(a.y, b.y)
      if (w > EPS && h > EPS) problems.push(`overlap: ${a.what} × ${b.what}`)
    }
  }
  return problems
}

for (const viewport of VIEWPORTS) {
  const size = `${viewport.width}×${viewport.height}`
  test(`at ${size} the board's chrome fits the screen and nothing overlaps, with and without the banner`, async ({
    browser,
    server,
  }) => {
    // Without a banner: a board outside a workshop, with the longest page name tldraw shows.
    const board = await server.createBoard({ templateId: 'tidligfase-innovasjon', locale: 'en' })
    const plain = await personAt(browser, board.editUrl, viewport)
    await expect(plain.getByTestId('sync-link')).toBeVisible()
    await expect(plain.getByTestId('workshop-banner')).toHaveCount(0)
    const plainBoxes = await chromeBoxes(plain)
    expect(plainBoxes.elements.length).toBeGreaterThan(10) // tldraw's toolbar alone has more
    expect(plainBoxes.pieces.length).toBeGreaterThan(3)
    expect(layoutProblems(plainBoxes, viewport)).toEqual([])
    await plain.screenshot({ path: `${SHOTS}/${viewport.width}-plain.png` })

    // With the banner: a group board with a running timer and a message, as a participant and
    // as the facilitator (who also has "bring everyone here" and "save as template").
    const workshop = await createWorkshop(server)
    const group = workshop.groups[0]!
    const participant = await personAt(browser, group.editUrl, viewport)
    const facilitator = await personAt(
      browser,
      `${server.url}/b/${group.boardId}?key=${workshop.facilitatorKey}`,
      viewport,
    )
    const send = controls(server, workshop)
    await send.timer({ action: 'start', durationMs: 25 * 60_000 })
    await send.message('Skriv behovene på lapper: ett behov per lapp, og legg dem i riktig felt.')
    for (const page of [participant, facilitator]) {
      await expect(page.getByTestId('workshop-timer')).toHaveText(/2[45]:\d\d igjen/)
      await expect(page.getByTestId('workshop-message')).toContainText('Skriv behovene')
      await expect(page.getByTestId('board-title')).toHaveText('Gruppe 1')
      await expect(page.getByTestId('sync-link')).toBeVisible()
      expect(layoutProblems(await chromeBoxes(page), viewport)).toEqual([])
      // Compact: at most two lines, whatever the screen.
      expect((await page.getByTestId('workshop-banner').boundingBox())!.height).toBeLessThan(80)
    }
    await participant.screenshot({ path: `${SHOTS}/${viewport.width}-banner.png` })
    await facilitator.screenshot({ path: `${SHOTS}/${viewport.width}-facilitator.png` })
    const pieces = (await chromeBoxes(participant)).pieces.map((p) => p.what).join('\n')
    for (const piece of ['sync-status', 'workshop-banner', 'tlui-menu-zone', 'tlui-main-toolbar__left']) {
      expect(pieces).toContain(piece)
    }

    // "Bring everyone here": the participant's banner says whom they follow, and tldraw adds its
    // "stop following" button below its menu.
    await facilitator.getByRole('button', { name: 'Samle alle her' }).click()
    await expect(
      participant.getByTestId('workshop-banner').getByText('Du følger tilretteleggerens visning'),
    ).toBeVisible()
    await expect(participant.getByRole('button', { name: 'Slutt å følge' })).toBeVisible()
    expect(layoutProblems(await chromeBoxes(participant), viewport)).toEqual([])
    await participant.screenshot({ path: `${SHOTS}/${viewport.width}-following.png` })
    await participant.getByRole('button', { name: 'Slutt å følge' }).click()
    await facilitator.getByRole('button', { name: 'Avslutt samling' }).click()

    // The board menu (where there is one) opens inside the screen, and everything is reachable.
    const menu = participant.getByRole('button', { name: 'Tavle', exact: true })
    const actions = participant.locator('[data-testid="board-panel"]')
    if (viewport.width < 1600) {
      await menu.click()
      const sheet = participant.getByRole('region', { name: 'Tavle', exact: true })
      await expect(sheet.getByRole('button', { name: 'Skriv ut' })).toBeVisible()
      await expect(sheet.getByRole('button', { name: 'Versjoner' })).toBeVisible()
      await expect(sheet.getByRole('button', { name: 'English' })).toBeVisible()
      const box = (await sheet.boundingBox())!
      expect(box.x).toBeGreaterThanOrEqual(0)
      expect(box.x + box.width).toBeLessThanOrEqual(viewport.width)
      expect(box.y + box.height).toBeLessThanOrEqual(viewport.height)
      await participant.screenshot({ path: `${SHOTS}/${viewport.width}-menu.png` })
      await participant.keyboard.press('Escape')
      await expect(sheet).toBeHidden()
    } else {
      await expect(menu).toHaveCount(0)
      await expect(actions.getByRole('button', { name: 'Skriv ut' })).toBeVisible()
      await expect(actions.getByRole('button', { name: 'English' })).toBeVisible()
    }
    // In English (longer words) it fits too.
    if (viewport.width < 1600) await menu.click()
    await participant.getByRole('button', { name: 'English' }).click()
    await participant.keyboard.press('Escape')
    await expect(participant.getByTestId('sync-link')).toHaveText('Connected')
    expect(layoutProblems(await chromeBoxes(participant), viewport)).toEqual([])
    await participant.screenshot({ path: `${SHOTS}/${viewport.width}-banner-en.png` })
    // Participants in a workshop cannot switch the board's language, so they get no control.
    await expect(participant.getByTestId('board-language')).toHaveCount(0)
    await expect(facilitator.getByTestId('board-language')).toBeAttached()
  })
}

test('a participant folds the banner to a chip and it stays folded; time’s up is unmistakable; a reset timer goes', async ({
  browser,
  server,
}) => {
  const workshop = await createWorkshop(server)
  const group = workshop.groups[1]!
  // Count beeps: the page's Web Audio oscillators, started only when the sound is on.
  const context = await browser.newContext({ viewport: { width: 1024, height: 768 } })
  await context.addInitScript(() => {
    const counted = window as unknown as { beeps: number }
    counted.beeps = 0
    const start = OscillatorNode.prototype.start
    OscillatorNode.prototype.start = function (...args) {
      counted.beeps++
      return start.apply(this, args)
    }
  })
  const page = await context.newPage()
  await openBoard(page, group.editUrl)
  const send = controls(server, workshop)
  await send.message('Første melding')
  const banner = page.getByTestId('workshop-banner')
  await expect(page.getByTestId('workshop-message')).toContainText('Første melding')

  await banner.getByRole('button', { name: 'Fold sammen banneret' }).click()
  await expect(banner).toHaveAttribute('data-collapsed', 'true')
  await expect(page.getByTestId('workshop-message')).toHaveCount(0)
  await expect(page.getByTestId('board-title')).toHaveText('Gruppe 2')
  // A new message does not unfold it; the chip says there is one.
  await send.message('Andre melding')
  await expect(banner.getByText('Ny melding')).toBeVisible()
  await expect(banner).toHaveAttribute('data-collapsed', 'true')
  await page.reload()
  await expect(page.getByTestId('sync-link')).toHaveText('Tilkoblet')
  await expect(banner).toHaveAttribute('data-collapsed', 'true')
  await expect(page.getByTestId('workshop-message')).toHaveCount(0)

  // The beep is off unless chosen; this person turns it on in the board menu.
  await page.getByRole('button', { name: 'Tavle', exact: true }).click()
  await page.getByLabel('Pip når tiden er ute').check()
  await page.keyboard.press('Escape')
  const beepsBefore = await page.evaluate(() => (window as unknown as { beeps: number }).beeps)

  // Time's up while folded: red, said once through the live region, and beeps.
  await send.timer({ action: 'start', durationMs: 2000 })
  await expect(page.getByTestId('workshop-timer')).toHaveText(/00:0[12] igjen/)
  await expect(page.getByTestId('workshop-timer')).toHaveText('Tiden er ute')
  await expect(page.getByTestId('live-region')).toHaveText('Tiden er ute')
  await expect(banner).toHaveAttribute('data-times-up', 'true')
  expect(await banner.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(180, 35, 24)')
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { beeps: number }).beeps))
    .toBeGreaterThan(beepsBefore)
  // The live region is the only one (announcements.spec.ts counts what it said).
  await expect(page.locator('[aria-live], [role="status"], [role="alert"]')).toHaveCount(1)
  await page.screenshot({ path: `${SHOTS}/1024-times-up.png` })

  // The facilitator resets the timer: it leaves the banner.
  await send.timer({ action: 'reset' })
  await expect(page.getByTestId('workshop-timer')).toHaveCount(0)
  await expect(banner).toHaveAttribute('data-times-up', 'false')
  await banner.getByRole('button', { name: 'Fold ut banneret' }).click()
  await expect(page.getByTestId('workshop-message')).toContainText('Andre melding')
  await context.close()
})

test('a tick by touch: tap() ticks a checklist item, and another browser sees it', async ({
  browser,
  server,
  person,
}) => {
  const board = await server.createBoard({ templateId: 'tidligfase-innovasjon' })
  const context = await browser.newContext({ hasTouch: true, viewport: { width: 768, height: 1024 } })
  const tablet = await context.newPage()
  await openBoard(tablet, board.editUrl)
  const other = await person(board.editUrl)
  const name = /Vi kan sette av tid og folk/
  await tablet.evaluate(() => {
    window.editor!.zoomToFit()
  })
  const item = tablet.getByRole('checkbox', { name })
  await item.tap()
  await expect(item).toHaveAttribute('aria-checked', 'true')
  await expect(other.getByRole('checkbox', { name })).toHaveAttribute('aria-checked', 'true')
  await item.tap()
  await expect(other.getByRole('checkbox', { name })).toHaveAttribute('aria-checked', 'false')
  // A note by touch, as with the mouse: the note tool, then a tap on the canvas.
  await tablet.getByTestId('tools.note').tap()
  await tablet.touchscreen.tap(120, 880)
  const notes = (page: Page) =>
    page.evaluate(() => window.editor!.getCurrentPageShapes().filter((s) => s.type === 'note').length)
  await expect.poll(() => notes(other)).toBe(1)
  // The chrome answers touch too: the board menu opens and my language switches.
  await tablet.getByRole('button', { name: 'Tavle', exact: true }).tap()
  await expect(tablet.getByRole('region', { name: 'Tavle', exact: true })).toBeVisible()
  await tablet.getByRole('button', { name: 'English' }).tap()
  await expect(tablet.getByRole('button', { name: 'Board', exact: true })).toBeVisible()
  await context.close()
})

test('board language: the facilitator switches it, every open browser follows; a participant may not', async ({
  server,
  person,
}) => {
  const workshop = await createWorkshop(server, 'lup-markedsdialog')
  const group = workshop.groups[0]!
  const asFacilitator = `${server.url}/b/${group.boardId}?key=${workshop.facilitatorKey}`
  const facilitator = await person(asFacilitator)
  const coFacilitator = await person(asFacilitator)
  const participant = await person(group.editUrl)

  await expect(participant.getByTestId('board-language')).toHaveCount(0)
  const putLocale = (key: string) =>
    fetch(`${server.url}/api/boards/${group.boardId}/locale?key=${key}`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ locale: 'en' }),
    })
  const refused = await putLocale(new URL(group.editUrl).searchParams.get('key')!)
  expect(refused.status).toBe(403)
  expect(((await refused.json()) as { error: string }).error).toMatch(/only the facilitator/)

  await facilitator.getByRole('button', { name: 'Tavle', exact: true }).click()
  await facilitator.getByLabel('Tavlespråk').selectOption('en')
  await expect(coFacilitator.getByTestId('board-language')).toHaveValue('en')
  await expect(participant.locator('.bd-sheet__tool').first()).toHaveText('Market dialogue')
  // "My language" is each person's own: the participant's interface stays Norwegian.
  await expect(participant.getByTestId('sync-link')).toHaveText('Tilkoblet')
})

test('my language is one control: it drives tldraw’s menus too, which have no language menu of their own', async ({
  server,
  person,
}) => {
  const board = await server.createBoard({ templateId: 'lup-oppstart' })
  const page = await person(board.editUrl)
  const selectTool = page.getByTestId('tools.select')
  await expect(selectTool).toHaveAttribute('aria-label', /^Velg/)
  await page.getByRole('button', { name: 'Meny', exact: true }).click()
  await expect(page.getByRole('menuitem', { name: 'Preferanser' })).toBeVisible()
  await expect(page.getByRole('menuitem', { name: /^(Språk|Language)$/ })).toHaveCount(0)
  await page.keyboard.press('Escape')

  await page.getByRole('button', { name: 'Tavle', exact: true }).click()
  await page.getByRole('button', { name: 'English' }).click({ timeout: 5000 })
  await expect(selectTool).toHaveAttribute('aria-label', /^Select/)
  await expect(page.getByTestId('sync-link')).toHaveText('Connected')
  // Remembered in this browser.
  await page.reload()
  await expect(page.getByTestId('sync-link')).toHaveText('Connected')
  await expect(page.getByTestId('tools.select')).toHaveAttribute('aria-label', /^Select/)
})

test('the board’s chrome has no WCAG 2.1 AA violations: status, board menu open, banner, time’s up', async ({
  browser,
  server,
}) => {
  const workshop = await createWorkshop(server)
  const group = workshop.groups[0]!
  const page = await personAt(browser, `${server.url}/b/${group.boardId}?key=${workshop.facilitatorKey}`, {
    width: 1024,
    height: 768,
  })
  const send = controls(server, workshop)
  await send.message('Fem minutter igjen')
  await send.timer({ action: 'start', durationMs: 1000 })
  await expect(page.getByTestId('workshop-timer')).toHaveText('Tiden er ute')
  await page.getByRole('button', { name: 'Tavle', exact: true }).click()
  // tldraw's own panels are tldraw's to answer for; these are ours.
  await expectNoAxeViolations(page, { include: ['.board-panel', '.workshop-banner'], minPasses: 6 })
})
