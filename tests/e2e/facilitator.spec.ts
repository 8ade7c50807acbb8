import { mkdirSync } from 'node:fs'

import type { Page } from '@playwright/test'

import { expectNoAxeViolations } from './fixtures/axe.ts'
import { openBoard, openBoardMenu } from './fixtures/boardPage.ts'
import { expect, test } from './fixtures/test.ts'

/** Screenshots to look at by eye (not committed). */
const SHOTS = 'test-results/facilitator-shots'
const VIEWPORTS = { desktop: { width: 1366, height: 768 }, phone: { width: 390, height: 844 } } as const

async function shoot(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<void> {
  mkdirSync(SHOTS, { recursive: true })
  for (const [label, size] of Object.entries(VIEWPORTS)) {
    await page.setViewportSize(size)
    await page.screenshot({ path: `${SHOTS}/${name}-${label}.png`, fullPage: options.fullPage ?? false })
  }
  await page.setViewportSize(VIEWPORTS.desktop)
}

/** Makes a workshop through the start page, as a facilitator would, and lands on its dashboard. */
async function createWorkshopInUi(page: Page, url: string, tool: string, groups: number): Promise<string> {
  await page.goto(url)
  await page.getByLabel('Verktøy').selectOption(tool)
  await page.getByLabel('Antall grupper').fill(String(groups))
  await page.getByRole('button', { name: 'Lag workshop' }).click()
  await page.waitForURL(/\/w\/[A-Za-z0-9_-]+\?key=/)
  return new URL(page.url()).searchParams.get('key')!
}

/** Seconds left on the dashboard's countdown ("04:58 igjen" → 298). */
async function secondsLeft(page: Page): Promise<number> {
  const text = (await page.getByTestId('dashboard-timer').textContent()) ?? ''
  const match = /(\d+):(\d\d) igjen/.exec(text)
  if (!match) throw new Error(`no running countdown in "${text}"`)
  return Number(match[1]) * 60 + Number(match[2])
}

test('the dashboard names the workshop, says what to do, counts down and lists the messages sent', async ({
  page,
  server,
  person,
}) => {
  await page.setViewportSize(VIEWPORTS.desktop)
  await createWorkshopInUi(page, server.url, 'lup-behovskartlegging', 3)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Behovskartlegging')
  await expect(page.getByText('3 grupper', { exact: true })).toBeVisible()
  const steps = page.getByRole('region', { name: 'Slik kjører du workshopen' }).getByRole('listitem')
  await expect(steps).toHaveCount(3)
  await expect(steps.nth(0)).toContainText('lenke eller QR-kode')
  await expect(steps.nth(1)).toContainText('tidtakeren')

  const countdown = page.getByTestId('dashboard-timer')
  await expect(countdown).toHaveText('Ikke startet')
  await page.getByLabel('Minutter').fill('5')
  await page.getByRole('button', { name: 'Start' }).click()
  await expect(countdown).toHaveText(/0[45]:\d\d igjen/)
  const first = await secondsLeft(page)
  await expect.poll(() => secondsLeft(page), { timeout: 5_000 }).toBeLessThan(first)
  expect(first).toBeLessThanOrEqual(300)

  const sent = page.getByRole('region', { name: 'Sendte meldinger' })
  await expect(sent).toContainText('Ingen meldinger sendt ennå.')
  const message = page.getByRole('textbox', { name: 'Melding til alle grupper' })
  for (const text of ['Skriv behov, ikke løsninger', 'Fem minutter igjen!']) {
    await message.fill(text)
    await page.getByRole('button', { name: 'Send' }).click()
    await expect(sent.getByRole('listitem').first()).toContainText(text)
  }
  await expect(sent.getByRole('listitem')).toHaveText([/Fem minutter igjen!/, /Skriv behov, ikke løsninger/])

  // Paused shows paused; the list and the countdown survive a reload (kept on the server).
  await page.getByRole('button', { name: 'Pause' }).click()
  await expect(countdown).toHaveText(/\(pause\)/)
  await page.getByRole('button', { name: 'Start' }).click()
  await page.reload()
  await expect(countdown).toHaveText(/0[45]:\d\d igjen/)
  await expect(sent.getByRole('listitem')).toHaveCount(2)

  // Long notes at two scales on group 1's board, for the thumbnail in the screenshots.
  const editUrl = (await page.locator('.group-card').first().getByRole('link').first().getAttribute('href'))!
  const participant = await person(editUrl)
  await participant.evaluate(() => {
    const editor = window.editor!
    const text = 'Brukerne i hjemmetjenesten må bli hørt før vi skriver kravene, ellers løser vi feil problem'
    for (const [i, scale] of [1, 1, 0.5, 0.5, 0.5].entries())
      editor.createShape({
        type: 'note',
        x: 120 + i * 230,
        y: 320,
        props: {
          scale,
          richText: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] },
        },
      } as never)
  })
  await expect
    .poll(async () => {
      const src = await page.locator('.group-card__thumbnail').first().getAttribute('src')
      return (await page.request.get(new URL(src!, server.url).href)).text()
    })
    .toContain('>hjemmetjenesten<')
  await page.waitForTimeout(3_500) // the dashboard's next refresh shows it
  await shoot(page, 'dashboard-running-timer')
  await shoot(page, 'dashboard-running-timer-full', { fullPage: true })

  // A finished timer says time is up (a one-second timer, set through the API).
  const key = new URL(page.url()).searchParams.get('key')!
  const workshopId = new URL(page.url()).pathname.split('/')[2]!
  const started = await page.request.post(`${server.url}/api/workshops/${workshopId}/timer?key=${key}`, {
    data: { action: 'start', durationMs: 1000 },
  })
  expect(started.status()).toBe(200)
  await expect(countdown).toHaveText('Tiden er ute', { timeout: 8_000 })
  await expect(page.getByTestId('live-region')).toContainText('Tiden er ute')
})

test('“end workshop” and “new links” ask first, say what will happen, and cancelling does nothing', async ({
  page,
  server,
  person,
}) => {
  await page.setViewportSize(VIEWPORTS.desktop)
  const key = await createWorkshopInUi(page, server.url, 'lup-oppstart', 2)
  const workshopId = new URL(page.url()).pathname.split('/')[2]!
  const versionNames = async () => {
    const response = await page.request.get(`${server.url}/api/workshops/${workshopId}?key=${key}`)
    const workshop = (await response.json()) as { groups: { facilitatorUrl: string }[] }
    const boardKey = new URL(workshop.groups[0]!.facilitatorUrl).searchParams.get('key')!
    const boardId = new URL(workshop.groups[0]!.facilitatorUrl).pathname.split('/')[2]!
    const list = await page.request.get(`${server.url}/api/boards/${boardId}/versions?key=${boardKey}`)
    return ((await list.json()) as { name: string }[]).map((v) => v.name)
  }

  const end = page.getByRole('button', { name: 'Avslutt workshop', exact: true })
  await end.click()
  const dialog = page.getByRole('dialog', { name: 'Avslutte workshopen?' })
  await expect(dialog).toBeVisible()
  await expect(dialog).toContainText('«Workshop slutt»')
  await expect(dialog).toContainText('Tavlene blir ikke låst')
  await expect(dialog.getByRole('button', { name: 'Avbryt' })).toBeFocused()
  await shoot(page, 'confirm-end-workshop')
  await dialog.getByRole('button', { name: 'Avbryt' }).click()
  await expect(dialog).toBeHidden()
  await expect(end).toBeFocused()
  expect(await versionNames()).toEqual(['Workshop start'])

  // New links: Escape cancels too, and the links stay as they were.
  const group = page.locator('.group-card').nth(1)
  const editLink = await group.getByRole('link').first().getAttribute('href')
  const participant = await person(editLink!)
  await expect(group.getByTestId('participants')).toHaveText('1 til stede')
  await group.getByRole('button', { name: 'Lag nye lenker' }).click()
  const rotate = page.getByRole('dialog', { name: 'Lage nye lenker for Gruppe 2?' })
  await expect(rotate).toContainText('slutter å virke med en gang')
  await expect(rotate).toContainText('Alle som er på tavla nå (1), blir koblet fra')
  await shoot(page, 'confirm-new-links')
  await page.keyboard.press('Escape')
  await expect(rotate).toBeHidden()
  await page.waitForTimeout(3_500) // one dashboard refresh
  expect(await group.getByRole('link').first().getAttribute('href')).toBe(editLink)
  const oldKey = new URL(editLink!).searchParams.get('key')!
  const oldBoard = new URL(editLink!).pathname.split('/')[2]!
  expect((await page.request.get(`${server.url}/api/boards/${oldBoard}?key=${oldKey}`)).status()).toBe(200)
  await expect(participant.getByTestId('sync-link')).toHaveText('Tilkoblet')

  // Confirmed, each does what it said.
  await end.click()
  await dialog.getByRole('button', { name: 'Avslutt workshopen' }).click()
  await expect(page.locator('.workshop-controls__end').getByText('Workshopen er avsluttet')).toBeVisible()
  await expect(page.getByTestId('live-region')).toContainText('Workshopen er avsluttet')
  expect(await versionNames()).toEqual(['Workshop slutt', 'Workshop start'])
  await group.getByRole('button', { name: 'Lag nye lenker' }).click()
  await rotate.getByRole('button', { name: 'Lag nye lenker' }).click()
  await expect(group.getByTestId('rotate-keys-done')).toHaveText(/Nye lenker laget/)
  await expect(page.getByTestId('live-region')).toContainText('Nye lenker laget')
  expect(await group.getByRole('link').first().getAttribute('href')).not.toBe(editLink)
  await expect(participant.getByRole('heading', { level: 1 })).toHaveText('Denne lenken er byttet ut')
})

test('a group board opened from the dashboard has no facilitator key in its address, yet facilitator powers', async ({
  page,
  server,
  browser,
}) => {
  const key = await createWorkshopInUi(page, server.url, 'lup-oppstart', 2)
  const group = page.locator('.group-card').first()
  const open = group.getByRole('link', { name: 'Åpne som tilrettelegger' })
  const href = (await open.getAttribute('href'))!
  expect(href).not.toContain(key)
  for (const link of await page.getByRole('link').all()) {
    const target = (await link.getAttribute('href')) ?? ''
    if (target.includes('/b/')) expect(target).not.toContain(key)
  }
  const viewUrl = (await group.getByRole('link').nth(1).getAttribute('href'))!

  await open.click()
  await page.waitForURL(/\/b\//)
  expect(page.url()).not.toContain(key)
  await openBoard(page, page.url())
  // Facilitator-only controls, and the server takes a change to the printed layer from it.
  await expect(page.getByRole('button', { name: 'Samle alle her' })).toBeVisible()
  await openBoardMenu(page)
  await expect(page.getByRole('button', { name: 'Lagre som mal' })).toBeVisible()
  await page.evaluate(() => {
    const editor = window.editor!
    editor.run(
      () =>
        editor.updateShape({
          id: 'shape:tpl-oppstart-tid' as never,
          type: 'bd-section' as never,
          props: { title: 'Tid og frister' } as never,
        }),
      { ignoreShapeLock: true },
    )
  })
  const viewer = await (await browser.newContext()).newPage()
  await openBoard(viewer, viewUrl)
  await expect
    .poll(() =>
      viewer.evaluate(
        () =>
          (window.editor!.getShape('shape:tpl-oppstart-tid' as never)?.props as { title?: string })?.title,
      ),
    )
    .toBe('Tid og frister')
  await expect(page.getByTestId('sync-link')).toHaveText('Tilkoblet')
  await viewer.context().close()
})

test('a participant whose link was replaced sees a page that says so, also after a reload', async ({
  page,
  server,
  browser,
}) => {
  await createWorkshopInUi(page, server.url, 'lup-oppstart', 1)
  const group = page.locator('.group-card').first()
  const editUrl = (await group.getByRole('link').first().getAttribute('href'))!
  const participant = await (await browser.newContext()).newPage()
  await openBoard(participant, editUrl)
  await expect(group.getByTestId('participants')).toHaveText('1 til stede')

  await group.getByRole('button', { name: 'Lag nye lenker' }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'Lag nye lenker' }).click()
  await expect(participant.getByRole('heading', { level: 1 })).toHaveText('Denne lenken er byttet ut')
  await expect(participant.getByRole('alert')).toHaveText(/Tilretteleggeren har laget nye lenker/)
  await expect(participant.getByText('Be tilretteleggeren om den nye lenken')).toBeVisible()
  await participant.reload()
  await expect(participant.getByRole('heading', { level: 1 })).toHaveText('Denne lenken er byttet ut')
  await shoot(participant, 'link-replaced')

  // A key that never worked is still just a wrong key.
  await participant.goto(editUrl.replace(/key=[^&]+/, `key=${'x'.repeat(24)}`))
  await expect(participant.getByRole('alert')).toHaveText(/nøkkelen er feil/)
  await participant.context().close()
})

test('the start page lists the workshops and boards this browser made, and their links work', async ({
  browser,
  server,
}) => {
  const context = await browser.newContext()
  const page = await context.newPage()
  await page.setViewportSize(VIEWPORTS.desktop)
  await createWorkshopInUi(page, server.url, 'lup-markedsdialog', 4)
  const dashboard = page.url()
  await page.goto(server.url)
  await page.getByRole('button', { name: 'Lag tavle: Oppstart' }).click()
  await page.waitForURL(/\/b\//)
  const board = page.url()
  await page.close()

  // A new tab of the same browser: both are listed, newest first, with working links.
  const start = await context.newPage()
  await start.setViewportSize(VIEWPORTS.desktop)
  await start.goto(server.url)
  const list = start.getByRole('region', { name: 'Laget i denne nettleseren' })
  const items = list.getByRole('listitem')
  await expect(items).toHaveCount(2)
  await expect(items.nth(0)).toContainText('Tavle')
  await expect(items.nth(0)).toContainText('Oppstart')
  await expect(items.nth(1)).toContainText('Workshop')
  await expect(items.nth(1)).toContainText('Markedsdialog')
  await expect(items.nth(1)).toContainText('4 grupper')
  expect(new URL((await items.nth(0).getByRole('link').getAttribute('href'))!, server.url).href).toBe(board)
  expect(new URL((await items.nth(1).getByRole('link').getAttribute('href'))!, server.url).href).toBe(
    dashboard,
  )
  await shoot(start, 'start-page-list')

  await items.nth(1).getByRole('link').click()
  await expect(start.getByRole('heading', { level: 1 })).toHaveText('Markedsdialog')
  await expect(start.locator('.group-card')).toHaveCount(4)
  await start.goBack()
  await items.nth(0).getByRole('link').click()
  await openBoard(start, start.url())

  // Forgetting one keeps the other; corrupt storage shows the page without a list.
  await start.goto(server.url)
  await list.getByRole('button', { name: /^Glem «Oppstart/ }).click()
  await expect(items).toHaveCount(1)
  await start.reload()
  await expect(items).toHaveCount(1)
  await start.evaluate(() => localStorage.setItem('bordduk:remembered', '{not json'))
  await start.reload()
  await expect(start.getByRole('button', { name: 'Lag tavle: Oppstart' })).toBeVisible()
  await expect(list).toBeHidden()
  await context.close()
})

test('the dashboard, its confirmation, the start page’s list and the replaced-link page pass WCAG 2.1 AA checks', async ({
  page,
  server,
}) => {
  await createWorkshopInUi(page, server.url, 'lup-oppstart', 2)
  await page.getByRole('button', { name: 'Start' }).click()
  await expect(page.getByTestId('dashboard-timer')).toHaveText(/igjen/)
  await page.getByRole('textbox', { name: 'Melding til alle grupper' }).fill('Velkommen')
  await page.getByRole('button', { name: 'Send' }).click()
  await expect(page.getByRole('region', { name: 'Sendte meldinger' }).getByRole('listitem')).toHaveCount(1)
  await expectNoAxeViolations(page, { minPasses: 6 })
  await page.getByRole('button', { name: 'Avslutt workshop', exact: true }).click()
  await expect(page.getByRole('dialog')).toBeVisible()
  await expectNoAxeViolations(page, { minPasses: 6 })
  await page.keyboard.press('Escape')

  const editUrl = (await page.locator('.group-card').first().getByRole('link').first().getAttribute('href'))!
  await page.locator('.group-card').first().getByRole('button', { name: 'Lag nye lenker' }).click()
  await page
    .getByRole('dialog', { name: /Gruppe 1/ })
    .getByRole('button', { name: 'Lag nye lenker' })
    .click()
  await expect(page.locator('.group-card').first().getByTestId('rotate-keys-done')).toHaveText(
    /Nye lenker laget/,
  )

  await page.goto(server.url)
  await expect(page.getByRole('region', { name: 'Laget i denne nettleseren' })).toBeVisible()
  await expectNoAxeViolations(page, { minPasses: 6 })
  await page.goto(editUrl)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Denne lenken er byttet ut')
  await expectNoAxeViolations(page, { minPasses: 6 })
})
