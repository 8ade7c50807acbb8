import type { Page } from '@playwright/test'

import { expectNoAxeViolations } from './fixtures/axe.ts'
import { addNote, noteTexts } from './fixtures/boardPage.ts'
import { expect, test } from './fixtures/test.ts'

/** What this test reads of `POST /api/workshops`'s answer. */
interface Workshop {
  id: string
  facilitatorKey: string
  groups: { boardId: string; editUrl: string; facilitatorUrl: string }[]
}

const SHOTS = 'test-results/shots'
const KARI = 'Kari skriver alene'
const OLA = 'Ola skriver alene'

async function createWorkshop(serverUrl: string): Promise<Workshop> {
  const response = await fetch(`${serverUrl}/api/workshops`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ templateId: 'lup-oppstart', groups: 2 }),
  })
  expect(response.status).toBe(201)
  return (await response.json()) as Workshop
}

/**
 * Whether this browser holds the text anywhere: the tldraw store, the page's DOM, or the
 * board's local Y.Doc copy in IndexedDB (Yjs stores strings as UTF-8, so the bytes show).
 */
async function browserHolds(page: Page, boardId: string, text: string): Promise<boolean> {
  return page.evaluate(
    async ({ name, text }) => {
      if (JSON.stringify(window.editor!.store.allRecords()).includes(text)) return true
      if (document.documentElement.outerHTML.includes(text)) return true
      const bytes = await new Promise<Uint8Array[]>((resolve, reject) => {
        const open = indexedDB.open(name)
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const all = open.result.transaction('updates').objectStore('updates').getAll()
          all.onsuccess = () => {
            open.result.close()
            resolve(all.result as Uint8Array[])
          }
          all.onerror = () => reject(all.error)
        }
      })
      const decoder = new TextDecoder('utf-8', { fatal: false })
      return bytes.some((update) => decoder.decode(update).includes(text))
    },
    { name: `bordduk:${boardId}`, text },
  )
}

const countOf = (page: Page, text: string) =>
  noteTexts(page).then((texts) => texts.filter((t) => t === text).length)

test('participants write on their own: blank cards and a count for the others, everything shown at the reveal', async ({
  browser,
  server,
  person,
}) => {
  const workshop = await createWorkshop(server.url)
  const [one, two] = workshop.groups
  const dashboard = await (await browser.newContext()).newPage()
  await dashboard.setViewportSize({ width: 1366, height: 768 })
  await dashboard.goto(`${server.url}/w/${workshop.id}?key=${workshop.facilitatorKey}`)
  await expect(dashboard.locator('.group-card')).toHaveCount(2)

  const kari = await person(one!.editUrl)
  const ola = await person(one!.editUrl)
  const per = await person(two!.editUrl)
  await kari.setViewportSize({ width: 1366, height: 768 })

  // The facilitator starts silent writing for every group, for ten minutes.
  const controls = dashboard.getByTestId('silent-controls')
  await controls.getByLabel('Lengde i min. (tomt: til du viser dem)').fill('10')
  await controls.getByRole('button', { name: 'Sett i gang' }).click()
  await expect(dashboard.getByTestId('silent-done')).toHaveText('Skriv hver for seg er startet.')
  await expectNoAxeViolations(dashboard, { include: ['[data-testid="silent-controls"]'] })
  for (const page of [kari, ola, per]) {
    await expect(page.getByTestId('silent-status')).toContainText('Skriv hver for seg')
    await expect(page.getByTestId('silent-count')).toHaveText('0 lapper fra andre venter')
  }
  await expect(kari.getByTestId('live-region')).toContainText('lappene du skriver, er skjult for de andre')

  await addNote(kari, KARI, 200, 300)
  await addNote(ola, OLA, 480, 300)

  // Each sees their own note's text and the other's note as one blank card.
  await expect.poll(() => noteTexts(kari)).toContain(KARI)
  await expect(kari.getByTestId('silent-count')).toHaveText('1 lapp fra andre venter')
  await expect(ola.getByTestId('silent-count')).toHaveText('1 lapp fra andre venter')
  await expect(dashboard.getByTestId('group-silent').first()).toHaveText(
    'Skriv hver for seg: 2 skjulte lapper',
    {
      timeout: 15_000,
    },
  )
  await expect(dashboard.getByTestId('group-silent').nth(1)).toHaveText(
    'Skriv hver for seg: 0 skjulte lapper',
  )
  await dashboard.screenshot({ path: `${SHOTS}/silent-dashboard.png`, fullPage: true })
  await expect(kari.getByTestId('silent-card')).toHaveCount(1)
  await expect(ola.getByTestId('silent-card')).toHaveCount(1)
  // The other group has nothing from group 1.
  await expect(per.getByTestId('silent-count')).toHaveText('0 lapper fra andre venter')
  // The other participant's browser holds none of the text: not in the editor, the DOM or the Y.Doc.
  expect(await browserHolds(ola, one!.boardId, KARI)).toBe(false)
  expect(await browserHolds(kari, one!.boardId, OLA)).toBe(false)
  expect(await browserHolds(per, two!.boardId, KARI)).toBe(false)
  // Nor does the board the server gives out.
  const before = await fetch(
    `${server.url}/api/boards/${one!.boardId}/snapshot?key=${workshop.facilitatorKey}`,
  )
  expect(await before.text()).not.toContain(KARI)

  await expectNoAxeViolations(kari)
  await kari.screenshot({ path: `${SHOTS}/silent-writing.png` })
  await ola.setViewportSize({ width: 390, height: 844 })
  await expect(ola.getByTestId('silent-status')).toBeVisible()
  await ola.screenshot({ path: `${SHOTS}/silent-phone.png` })
  await ola.setViewportSize({ width: 768, height: 1024 })
  await ola.screenshot({ path: 'test-results/silent/tablet.png' })
  await ola.setViewportSize({ width: 1920, height: 1080 })
  await ola.screenshot({ path: 'test-results/silent/wide.png' })

  // A reload keeps Kari's note (this browser's copy, and the server's), still hidden from Ola.
  await kari.reload()
  await kari.waitForFunction(() => window.editor !== undefined, null, { timeout: 15_000 })
  await expect.poll(() => noteTexts(kari), { timeout: 15_000 }).toContain(KARI)
  await expect(kari.getByTestId('silent-count')).toHaveText('1 lapp fra andre venter')
  await expect(kari.getByTestId('silent-card')).toHaveCount(1)
  await expect(ola.getByTestId('silent-count')).toHaveText('1 lapp fra andre venter')
  expect(await browserHolds(ola, one!.boardId, KARI)).toBe(false)

  // The reveal: every note shows for everyone in the group, once, and the blank cards go.
  await controls.getByRole('button', { name: 'Vis alle lappene' }).click()
  await expect(dashboard.getByTestId('silent-done')).toHaveText('Lappene er vist for alle.')
  await expect(dashboard.getByTestId('group-silent')).toHaveCount(0)
  for (const page of [kari, ola]) {
    await expect.poll(() => noteTexts(page)).toEqual(expect.arrayContaining([KARI, OLA]))
    await expect(page.getByTestId('silent-status')).toHaveCount(0)
    await expect(page.getByTestId('silent-card')).toHaveCount(0)
  }
  await expect(ola.getByTestId('live-region')).toContainText('Alle lappene vises nå.')
  await kari.waitForTimeout(1000)
  expect(await countOf(kari, KARI)).toBe(1)
  expect(await countOf(ola, KARI)).toBe(1)
  expect(await noteTexts(per)).not.toContain(KARI)
  // Kari's note is an ordinary note now: her edits reach Ola.
  await kari.evaluate((text) => {
    const editor = window.editor!
    const note = editor.getCurrentPageShapes().find((s) => JSON.stringify(s.props).includes(text))!
    editor.updateShape({ id: note.id, type: 'note', x: 260 })
  }, KARI)
  await expect
    .poll(() =>
      ola.evaluate(
        (text) =>
          window.editor!.getCurrentPageShapes().find((s) => JSON.stringify(s.props).includes(text))?.x,
        KARI,
      ),
    )
    .toBe(260)
})

test('a note written in silence while offline is not lost when the reveal came meanwhile', async ({
  server,
  person,
}) => {
  const workshop = await createWorkshop(server.url)
  const group = workshop.groups[0]!
  const silent = async (action: 'start') => {
    const response = await fetch(
      `${server.url}/api/workshops/${workshop.id}/silent?key=${workshop.facilitatorKey}`,
      {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ action }),
      },
    )
    expect(response.status).toBe(200)
  }
  const kari = await person(group.editUrl)
  const ola = await person(group.editUrl)
  await silent('start')
  await expect(ola.getByTestId('silent-status')).toBeVisible()
  await addNote(ola, 'Sendt før', 480, 300)
  await expect(kari.getByTestId('silent-count')).toHaveText('1 lapp fra andre venter')

  await ola.context().setOffline(true)
  await addNote(ola, 'Skrevet uten nett', 200, 300)
  // The group's facilitator link reveals from the board's banner.
  const facilitator = await person(group.facilitatorUrl)
  await expect(facilitator.getByTestId('silent-count')).toHaveText('1 lapp fra andre venter')
  await expectNoAxeViolations(facilitator, { include: ['[data-testid="workshop-banner"]'] })
  await facilitator.getByRole('button', { name: 'Vis alle lappene' }).click()
  await expect(facilitator.getByTestId('silent-status')).toHaveCount(0)
  await expect.poll(() => noteTexts(kari)).toContain('Sendt før')
  expect(await noteTexts(kari)).not.toContain('Skrevet uten nett')

  // Back online: the note the server never got goes on the board as an ordinary note, once.
  await ola.context().setOffline(false)
  await expect.poll(() => noteTexts(kari), { timeout: 15_000 }).toContain('Skrevet uten nett')
  await ola.waitForTimeout(1000)
  expect(await countOf(kari, 'Sendt før')).toBe(1)
  expect(await countOf(ola, 'Sendt før')).toBe(1)
  expect(await countOf(ola, 'Skrevet uten nett')).toBe(1)
})
