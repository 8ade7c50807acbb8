import type { Page } from '@playwright/test'

import { addNote, openBoard, waitUntilSaved } from './fixtures/boardPage.ts'
import type { BorddukServer } from './fixtures/BorddukServer.ts'
import { expect, test } from './fixtures/test.ts'

// Issue 12, "status changes are announced in one live region": what the region says, and that
// it is the page's only one.

/** Everything the page's live region says from now on, in order (blanks left out). */
async function listen(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const region = document.querySelector('[data-testid="live-region"]')!
    const heard: string[] = []
    ;(window as unknown as { heard: string[] }).heard = heard
    new MutationObserver(() => {
      const text = region.textContent ?? ''
      if (text) heard.push(text)
    }).observe(region, { childList: true, characterData: true, subtree: true })
  })
  return () => page.evaluate(() => [...(window as unknown as { heard: string[] }).heard])
}

/** Elements that speak on their own: the app's live region must be the only one. */
const LIVE = '[aria-live], [role="status"], [role="alert"]'

interface Workshop {
  id: string
  facilitatorKey: string
  groups: { editUrl: string }[]
}

async function workshopControls(server: BorddukServer) {
  const created = await fetch(`${server.url}/api/workshops`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ templateId: 'lup-markedsdialog', groups: 1 }),
  })
  expect(created.status).toBe(201)
  const workshop = (await created.json()) as Workshop
  const post = async (path: string, body: unknown) => {
    const response = await fetch(
      `${server.url}/api/workshops/${workshop.id}/${path}?key=${workshop.facilitatorKey}`,
      { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) },
    )
    expect(response.status).toBe(200)
  }
  return {
    editUrl: workshop.groups[0]!.editUrl,
    message: (text: string) => post('message', { text }),
    timer: (body: { action: 'start'; durationMs: number }) => post('timer', body),
  }
}

test('the link: offline and back is said once each, and work done offline being stored', async ({
  browser,
  server,
}) => {
  const board = await server.createBoard({ templateId: 'lup-oppstart' })
  const context = await browser.newContext()
  const page = await context.newPage()
  await openBoard(page, board.editUrl)
  const heard = await listen(page)
  const region = page.getByTestId('live-region')
  await expect(page.locator(LIVE)).toHaveCount(1)
  await expect(page.locator(LIVE)).toHaveAttribute('data-testid', 'live-region')

  // A routine save is not news (the chip shows it): nothing is said.
  await addNote(page, 'Skrevet med nett')
  await waitUntilSaved(page)

  await context.setOffline(true)
  await expect(region).toHaveText('Frakoblet – endringer lagres lokalt')
  await addNote(page, 'Skrevet uten nett', 300, 100)
  await context.setOffline(false)
  await expect
    .poll(async () => (await heard()).join(' | '))
    .toMatch(/Tilkoblet.*Endringene du gjorde uten forbindelse, er nå lagret på serveren\./)
  await waitUntilSaved(page)
  // Once each, in the order it happened; no "reconnecting" for the moment it took.
  const said = await heard()
  expect(said[0]).toBe('Frakoblet – endringer lagres lokalt')
  expect(said.join(' ').match(/Tilkoblet/g)).toHaveLength(1)
  expect(said.join(' ').match(/Endringene du gjorde/g)).toHaveLength(1)
  expect(said.join(' ')).not.toMatch(/Kobler til|Lagret/)
  await context.close()
})

test('a facilitator’s message, the time running out and people joining are said in the one region', async ({
  browser,
  server,
}) => {
  const workshop = await workshopControls(server)
  const context = await browser.newContext()
  const page = await context.newPage()
  await openBoard(page, workshop.editUrl, 'Kari')
  const heard = await listen(page)
  const region = page.getByTestId('live-region')

  await workshop.message('Fem minutter igjen')
  await expect(region).toHaveText('Melding fra tilretteleggeren: Fem minutter igjen')
  await expect(page.getByTestId('workshop-message')).toContainText('Fem minutter igjen')

  // Time's up: shown in the banner, said once.
  await workshop.timer({ action: 'start', durationMs: 1500 })
  await expect(region).toHaveText('Tiden er ute')
  await expect(page.getByTestId('workshop-timer')).toHaveText('Tiden er ute')
  await page.waitForTimeout(2_500)
  expect((await heard()).filter((text) => text.includes('Tiden er ute'))).toHaveLength(1)

  // A second person comes in; later leaves.
  const other = await browser.newContext()
  await openBoard(await other.newPage(), workshop.editUrl, 'Ola')
  await expect(region).toHaveText('Ola kom inn på tavla.')
  await other.close()
  await expect(region).toHaveText('Ola gikk ut av tavla.', { timeout: 40_000 })

  // tldraw's own announcements (the selected shape) come through the same region.
  const id = await addNote(page, 'Valgt lapp')
  await page.evaluate((noteId) => {
    window.editor!.select(noteId as never)
  }, id)
  await expect(region).toContainText('Valgt lapp')

  // With the banner, its message and a selection on screen, still one region on the page.
  await expect(page.locator(LIVE)).toHaveCount(1)
  expect(await heard()).not.toContain('Kari kom inn på tavla.')
  await context.close()
})
