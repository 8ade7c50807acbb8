import type { Browser, Page } from '@playwright/test'

import { expectNoAxeViolations } from './fixtures/axe.ts'
import { addNote, openBoard, waitUntilSaved } from './fixtures/boardPage.ts'
import { expect, test } from './fixtures/test.ts'

/** What these tests read of `POST /api/workshops`'s answer. */
interface Group {
  boardId: string
  editUrl: string
  viewUrl: string
}
interface Workshop {
  id: string
  facilitatorKey: string
  groups: Group[]
}

/** Screenshots to look at (the dashboard during a vote, the revealed board, a phone). */
const SHOTS = 'test-results/voting'
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

/** A person with their own browser and name, on a board. */
async function personNamed(
  browser: Browser,
  url: string,
  name: string,
  viewport = { width: 1366, height: 768 },
): Promise<Page> {
  const page = await (await browser.newContext({ viewport })).newPage()
  await openBoard(page, url, name)
  return page
}

/** The first two sections that take notes: their template ids, titles and a point inside each. */
function noteSections(page: Page) {
  return page.evaluate(() =>
    window
      .editor!.getCurrentPageShapesInReadingOrder()
      .filter((s) => (s.type as string) === 'bd-section')
      .map((s) => s as unknown as { x: number; y: number; props: Record<string, unknown> })
      .filter((s) => s.props.kind !== 'checklist' && s.props.kind !== 'field')
      .slice(0, 2)
      .map((s) => ({
        sectionId: String(s.props.sectionId),
        title: String(s.props.title),
        x: s.x + 40,
        y: s.y + Number(s.props.h) / 2 - 60,
      })),
  )
}

/** Reading position of notes by text: the notes sorted top to bottom, left to right. */
function notesInReadingOrder(page: Page) {
  return page.evaluate(() =>
    window
      .editor!.getCurrentPageShapes()
      .filter((s) => s.type === 'note')
      .map((s) => ({
        text:
          JSON.stringify((s.props as { richText: unknown }).richText).match(/"text":"([^"]*)"/)?.[1] ?? '',
        x: Math.round(s.x),
        y: Math.round(s.y),
      }))
      .sort((a, b) => a.y - b.y || a.x - b.x)
      .map((n) => n.text),
  )
}

const onNote = (page: Page, noteId: string) =>
  page.locator(`[data-testid="vote-on-note"][data-note-id="${noteId}"]`)

test('a hidden dot vote from the dashboard: limits, keyboard voting, progress, reveal, sorting, answers', async ({
  browser,
  server,
}) => {
  test.setTimeout(180_000)
  const workshop = await createWorkshop(server.url)
  const [one, two] = workshop.groups

  const ada = await personNamed(browser, one!.editUrl, 'Ada')
  const bo = await personNamed(browser, one!.editUrl, 'Bo')
  const cy = await personNamed(browser, two!.editUrl, 'Cy', { width: 390, height: 844 })
  const [inVote, outside] = await noteSections(ada)
  const a1 = await addNote(ada, 'Behov A1', inVote!.x, inVote!.y)
  const a2 = await addNote(ada, 'Behov A2', inVote!.x + 260, inVote!.y)
  const out = await addNote(ada, 'Utenfor', outside!.x, outside!.y)
  const c1 = await addNote(cy, 'Gruppe 2 behov', inVote!.x, inVote!.y)
  await waitUntilSaved(ada)
  await waitUntilSaved(cy)

  // The facilitator starts a hidden vote of 3 dots on one section, for all groups.
  const dashboard = await (await browser.newContext({ viewport: { width: 1366, height: 768 } })).newPage()
  await dashboard.goto(`${server.url}/w/${workshop.id}?key=${workshop.facilitatorKey}`)
  const voteSection = dashboard.getByTestId('workshop-vote')
  await voteSection.getByRole('button', { name: 'Ny avstemning' }).click()
  const dialog = dashboard.getByRole('dialog', { name: 'Start en avstemning' })
  await dialog.getByLabel('Prikker per person').fill('3')
  await dialog.getByLabel('Utvalgte seksjoner').check()
  await dialog.getByRole('checkbox', { name: inVote!.title }).check()
  await expect(dialog.getByLabel('Skjult til du viser resultatet')).toBeChecked()
  await expectNoAxeViolations(dashboard, { include: ['dialog'] })
  await dashboard.screenshot({ path: `${SHOTS}/vote-dialog.png` })
  await dialog.getByRole('button', { name: 'Start', exact: true }).click()
  await expect(dialog).toBeHidden()
  await expect(dashboard.getByTestId('vote-progress')).toHaveCount(2)

  // Ada votes by mouse: two dots stacked on A1, one on A2; then none are left.
  await expect(ada.getByTestId('vote-bar-status')).toHaveText('3 av 3 prikker igjen')
  await expect(onNote(ada, out)).toHaveCount(0) // outside the vote: no control
  await onNote(ada, a1).getByTestId('vote-add').click()
  await expect(ada.getByTestId('vote-bar-status')).toHaveText('2 av 3 prikker igjen')
  await onNote(ada, a1).getByTestId('vote-add').click()
  await expect(ada.getByTestId('vote-bar-status')).toHaveText('1 av 3 prikker igjen')
  await onNote(ada, a2).getByTestId('vote-add').click()
  await expect(ada.getByTestId('vote-bar-status')).toHaveText('0 av 3 prikker igjen')
  await expect(onNote(ada, a1).getByTestId('vote-add')).toBeDisabled()
  // Take one back from A2 and put it there again.
  await onNote(ada, a2).getByTestId('vote-take-back').click()
  await expect(ada.getByTestId('vote-bar-status')).toHaveText('1 av 3 prikker igjen')
  await onNote(ada, a2).getByTestId('vote-add').click()
  await expect(ada.getByTestId('vote-bar-status')).toHaveText('0 av 3 prikker igjen')
  // A reload keeps her dots (the tab's session survives it).
  await ada.reload()
  await openBoard(ada, ada.url(), 'Ada')
  await expect(ada.getByTestId('vote-bar-status')).toHaveText('0 av 3 prikker igjen')

  // Bo votes by keyboard only, in the vote panel.
  await bo.getByRole('button', { name: 'Stem', exact: true }).focus()
  await bo.keyboard.press('Enter')
  const panel = bo.getByRole('complementary', { name: 'Stemming' })
  await expect(panel).toBeVisible()
  await expect(bo.getByRole('button', { name: 'Lukk stemming' })).toBeFocused()
  await expect(panel.getByTestId('vote-panel-note')).toHaveCount(2) // "Utenfor" is not in the vote
  const giveA2 = panel.getByRole('button', { name: 'Gi prikk til «Behov A2»' })
  await giveA2.focus()
  await bo.keyboard.press('Enter')
  await expect(bo.getByTestId('live-region')).toContainText('Prikk gitt til «Behov A2». 2 igjen.')
  await bo.keyboard.press('Enter')
  await expect(panel.getByTestId('vote-panel-left')).toHaveText('1 av 3 prikker igjen')
  await expectNoAxeViolations(bo)

  // Cy (group 2, on a phone) zooms in to the note (too small to vote on at the fitted zoom) and votes once.
  await cy.evaluate((id) => {
    const editor = window.editor!
    editor.zoomToBounds(editor.getShapePageBounds(id as never)!, { targetZoom: 1, immediate: true })
  }, c1)
  await onNote(cy, c1).getByTestId('vote-add').click()
  await expect(cy.getByTestId('vote-bar-status')).toHaveText('2 av 3 prikker igjen')
  await cy.evaluate(() => void window.editor!.selectNone())
  await cy.screenshot({ path: `${SHOTS}/vote-phone.png` })

  // Hidden: no counts anywhere yet; the dashboard shows who has voted.
  for (const page of [ada, bo, cy]) await expect(page.getByTestId('vote-badge')).toHaveCount(0)
  const progress = dashboard.getByTestId('vote-progress')
  await expect(progress.nth(0).getByTestId('vote-progress-count')).toHaveText('2 av 2 har stemt')
  await expect(progress.nth(0).getByTestId('vote-progress-people')).toContainText('Ada: 3 av 3')
  await expect(progress.nth(0).getByTestId('vote-progress-people')).toContainText('Bo: 2 av 3')
  await expect(progress.nth(1).getByTestId('vote-progress-count')).toHaveText('1 av 1 har stemt')
  await expectNoAxeViolations(dashboard)
  await voteSection.scrollIntoViewIfNeeded()
  await dashboard.screenshot({ path: `${SHOTS}/dashboard-during-vote.png` })

  // Reveal for all: badges on the notes, the ranked list, then sorting the section.
  await voteSection.getByRole('button', { name: 'Vis resultatet', exact: true }).click()
  await expect(onNote(ada, a1).getByTestId('vote-badge')).toHaveText('2')
  await expect(onNote(ada, a2).getByTestId('vote-badge')).toHaveText('3')
  await expect(onNote(cy, c1).getByTestId('vote-badge')).toHaveText('1')
  await expect(ada.getByTestId('vote-bar-status')).toHaveText('Resultatet av avstemningen')
  await ada.getByRole('button', { name: 'Stem', exact: true }).click()
  const adaPanel = ada.getByRole('complementary', { name: 'Stemming' })
  await expect(adaPanel.getByTestId('vote-panel-count')).toHaveText(['3 stemmer', '2 stemmer'])
  await expect(adaPanel.getByTestId('vote-panel-note').first()).toContainText('Behov A2')
  expect((await notesInReadingOrder(ada)).slice(0, 2)).toEqual(['Behov A1', 'Behov A2'])
  await adaPanel
    .getByRole('button', { name: new RegExp(`^Sorter etter stemmer: .*${inVote!.title}$`) })
    .click()
  await expect
    .poll(async () => (await notesInReadingOrder(ada)).filter((t) => t.startsWith('Behov')))
    .toEqual(['Behov A2', 'Behov A1'])
  await expect(ada.getByTestId('live-region')).toContainText('er sortert etter stemmer')
  await expectNoAxeViolations(ada)
  await ada.getByRole('button', { name: 'Lukk stemming' }).click()
  await ada.evaluate(() => void window.editor!.selectNone())
  await ada.screenshot({ path: `${SHOTS}/vote-revealed.png` })
  await ada.setViewportSize({ width: 768, height: 1024 })
  await ada.screenshot({ path: `${SHOTS}/vote-revealed-tablet.png` })
  await ada.getByRole('button', { name: 'Stem', exact: true }).click()
  await ada.screenshot({ path: `${SHOTS}/vote-revealed-tablet-panel.png` })
  await waitUntilSaved(ada)

  // The answers carry the counts.
  const answers = await (
    await fetch(`${server.url}/api/boards/${one!.boardId}/answers.md?key=${keyOf(one!.viewUrl)}`)
  ).text()
  expect(answers).toMatch(/Behov A2 _\(.*3 stemmer\)_/)
  expect(answers).toMatch(/Behov A1 _\(.*2 stemmer\)_/)
})

test("a live vote from a group's facilitator link: counts follow each dot, the end stops dots", async ({
  browser,
  server,
}) => {
  const workshop = await createWorkshop(server.url)
  const [one] = workshop.groups
  const facilitatorUrl = (one as Group & { facilitatorUrl: string }).facilitatorUrl
  const ada = await personNamed(browser, one!.editUrl, 'Ada')
  const [section] = await noteSections(ada)
  const note = await addNote(ada, 'Felles behov', section!.x, section!.y)
  await waitUntilSaved(ada)

  const facilitator = await personNamed(browser, facilitatorUrl, 'Fasi')
  await facilitator.getByTestId('vote-bar').getByRole('button', { name: 'Ny avstemning' }).click()
  const dialog = facilitator.getByRole('dialog', { name: 'Start en avstemning' })
  await dialog.getByLabel('Fortløpende, mens det stemmes').check()
  await dialog.getByLabel('Tidsgrense i minutter (valgfritt)').fill('5')
  await expectNoAxeViolations(facilitator, { include: ['dialog'] })
  await dialog.getByRole('button', { name: 'Start', exact: true }).click()
  await expect(dialog).toBeHidden()

  // Live: the count shows on both boards as soon as Ada puts her dot.
  await expect(ada.getByTestId('vote-bar')).toContainText('igjen')
  await expect(onNote(ada, note).getByTestId('vote-badge')).toHaveText('0')
  await onNote(ada, note).getByTestId('vote-add').click()
  await expect(onNote(ada, note).getByTestId('vote-badge')).toHaveText('1')
  await expect(onNote(facilitator, note).getByTestId('vote-badge')).toHaveText('1')
  await facilitator.screenshot({ path: `${SHOTS}/vote-live-facilitator.png` })
  await expectNoAxeViolations(ada)

  // Ended from the board: no more controls, the count stays.
  await facilitator.getByTestId('vote-bar').getByRole('button', { name: 'Avslutt avstemning' }).click()
  await expect(ada.getByTestId('vote-bar-status')).toHaveText('Avstemningen er avsluttet')
  await expect(onNote(ada, note).getByTestId('vote-add')).toHaveCount(0)
  await expect(onNote(ada, note).getByTestId('vote-badge')).toHaveText('1')
})
