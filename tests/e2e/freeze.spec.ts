import type { Page } from '@playwright/test'

import { expectNoAxeViolations } from './fixtures/axe.ts'
import { addNote, noteTexts, waitUntilSaved } from './fixtures/boardPage.ts'
import { expect, test } from './fixtures/test.ts'

/** What these tests read of `POST /api/workshops`'s answer. */
interface Group {
  boardId: string
  editUrl: string
  viewUrl: string
  facilitatorUrl: string
}
interface Workshop {
  id: string
  facilitatorKey: string
  groups: Group[]
}

const keyOf = (url: string) => new URL(url).searchParams.get('key')!

async function createWorkshop(serverUrl: string): Promise<Workshop> {
  const response = await fetch(`${serverUrl}/api/workshops`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ templateId: 'lup-oppstart', groups: 2 }),
  })
  expect(response.status).toBe(201)
  return (await response.json()) as Workshop
}

async function answers(serverUrl: string, group: Group): Promise<string> {
  const response = await fetch(
    `${serverUrl}/api/boards/${group.boardId}/answers.md?key=${keyOf(group.viewUrl)}`,
  )
  return response.text()
}

const isReadonly = (page: Page) => page.evaluate(() => window.editor!.getIsReadonly())

test('the facilitator freezes one group, then all, and unfreezes them; participants only look meanwhile', async ({
  browser,
  server,
  person,
}) => {
  const workshop = await createWorkshop(server.url)
  const [one, two] = workshop.groups
  const dashboard = await (await browser.newContext()).newPage()
  await dashboard.setViewportSize({ width: 1366, height: 768 })
  await dashboard.goto(`${server.url}/w/${workshop.id}?key=${workshop.facilitatorKey}`)
  const cards = dashboard.locator('.group-card')
  await expect(cards).toHaveCount(2)

  const kari = await person(one!.editUrl)
  const ola = await person(one!.editUrl)
  const per = await person(two!.editUrl)
  expect(await isReadonly(kari)).toBe(false)

  // Freeze group 1, asked first; the dialog passes axe.
  await cards.nth(0).getByRole('button', { name: 'Frys Gruppe 1' }).click()
  const dialog = dashboard.getByRole('dialog')
  await expect(dialog).toContainText('Deltakerne i Gruppe 1 ser tavla')
  await expectNoAxeViolations(dashboard)
  await dialog.getByRole('button', { name: 'Frys' }).click()
  await expect(cards.nth(0).getByTestId('group-frozen')).toHaveText('Fryst')
  await expect(cards.nth(1).getByTestId('group-frozen')).toHaveCount(0)
  await expect(dashboard.getByTestId('live-region')).toContainText('Gruppe 1 er fryst.')
  await expectNoAxeViolations(dashboard)

  // Group 1's participant: the banner says so, the live region too, the canvas is read-only.
  const frozenText = 'Tavla er fryst av tilretteleggeren – du kan se, men ikke skrive.'
  await expect(kari.getByTestId('workshop-frozen')).toHaveText(frozenText)
  await expect(kari.getByTestId('live-region')).toContainText(frozenText)
  await expect.poll(() => isReadonly(kari)).toBe(true)
  await expectNoAxeViolations(kari)
  await kari.screenshot({ path: 'test-results/freeze/frozen-board.png' })
  // A note forced in through the editor reaches neither the other browser nor the server.
  await addNote(kari, 'Skrevet mens fryst', 200, 300)
  // Group 2 still writes, and that does arrive: proof the link works while we wait.
  await addNote(per, 'Gruppe 2 skriver fortsatt', 200, 300)
  await waitUntilSaved(per)
  await expect.poll(() => answers(server.url, two!)).toContain('Gruppe 2 skriver fortsatt')
  expect(await isReadonly(per)).toBe(false)
  await expect(per.getByTestId('workshop-frozen')).toHaveCount(0)
  await ola.waitForTimeout(1000)
  expect(await noteTexts(ola)).not.toContain('Skrevet mens fryst')
  expect(await answers(server.url, one!)).not.toContain('Skrevet mens fryst')

  // Unfreeze group 1: editing comes back without a reload.
  await cards.nth(0).getByRole('button', { name: 'Tin Gruppe 1' }).click()
  await expect(cards.nth(0).getByTestId('group-frozen')).toHaveCount(0)
  await expect(kari.getByTestId('workshop-frozen')).toHaveCount(0)
  await expect(kari.getByTestId('live-region')).toContainText('Tilretteleggeren har tint tavla')
  await expect.poll(() => isReadonly(kari)).toBe(false)
  await addNote(ola, 'Tint igjen', 400, 300)
  await expect.poll(() => noteTexts(kari)).toContain('Tint igjen')
  // The one who tried to write while frozen writes again too, and what was refused stays out.
  await addNote(kari, 'Kari igjen', 600, 300)
  await expect.poll(() => noteTexts(ola)).toContain('Kari igjen')
  expect(await noteTexts(ola)).not.toContain('Skrevet mens fryst')

  // Freeze all, then unfreeze all.
  await dashboard.getByRole('button', { name: 'Frys alle' }).click()
  await expect(dialog).toContainText('Alle deltakerne ser tavlene sine')
  await dialog.getByRole('button', { name: 'Frys' }).click()
  await expect(cards.getByTestId('group-frozen')).toHaveCount(2)
  await expect.poll(() => isReadonly(per)).toBe(true)
  await expect(per.getByTestId('workshop-frozen')).toHaveText(frozenText)
  await expect.poll(() => isReadonly(ola)).toBe(true)
  await dashboard.screenshot({ path: 'test-results/freeze/dashboard-frozen.png', fullPage: true })
  await dashboard.getByRole('button', { name: 'Tin alle' }).click()
  await expect(cards.getByTestId('group-frozen')).toHaveCount(0)
  await expect.poll(() => isReadonly(per)).toBe(false)
  await expect.poll(() => isReadonly(ola)).toBe(false)
})

test('ending the workshop freezes every group and keeps a version of each', async ({
  browser,
  server,
  person,
}) => {
  const workshop = await createWorkshop(server.url)
  const [one] = workshop.groups
  const participant = await person(one!.editUrl)
  const dashboard = await (await browser.newContext()).newPage()
  await dashboard.goto(`${server.url}/w/${workshop.id}?key=${workshop.facilitatorKey}`)
  await dashboard.getByRole('button', { name: 'Avslutt workshop' }).click()
  await expect(dashboard.getByRole('dialog')).toContainText('Alle gruppetavlene fryses')
  await expectNoAxeViolations(dashboard)
  await dashboard.getByRole('dialog').getByRole('button', { name: 'Avslutt workshopen' }).click()
  await expect(dashboard.locator('.group-card').getByTestId('group-frozen')).toHaveCount(2)
  await expect.poll(() => isReadonly(participant)).toBe(true)
  await expect(participant.getByTestId('workshop-frozen')).toBeVisible()
  await participant.setViewportSize({ width: 390, height: 844 })
  await expect(participant.getByTestId('workshop-frozen')).toBeInViewport()
  await participant.screenshot({ path: 'test-results/freeze/frozen-board-phone.png' })
  for (const group of workshop.groups) {
    const response = await fetch(
      `${server.url}/api/boards/${group.boardId}/versions?key=${keyOf(group.facilitatorUrl)}`,
    )
    expect(response.status).toBe(200)
    expect(((await response.json()) as unknown[]).length).toBeGreaterThan(0)
  }
})
