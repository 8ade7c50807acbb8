import { mkdirSync } from 'node:fs'

import type { Page } from '@playwright/test'

import { expectNoAxeViolations } from './fixtures/axe.ts'
import { expectReflow } from './fixtures/reflow.ts'
import { expect, test } from './fixtures/test.ts'
import { createWorkshop } from './fixtures/workshop.ts'

/** Screenshots the lead looks at, kept outside test-results so a later run does not wipe them. */
const SHOTS = process.env.BORDDUK_SHOTS_DIR ?? 'test-results/agenda'
mkdirSync(SHOTS, { recursive: true })

/** Whether the person's view holds every printed section with these ids, whole. */
function viewShows(page: Page, sectionIds: string[]): Promise<boolean> {
  return page.evaluate((ids) => {
    const editor = window.editor!
    const view = editor.getViewportPageBounds()
    const sections = editor.getCurrentPageShapes().filter((s) => {
      // Our template shapes are not in tldraw's own shape type union.
      const shape = s as unknown as { type: string; props: { sectionId?: string } }
      return shape.type === 'bd-section' && ids.includes(shape.props.sectionId ?? '')
    })
    return (
      sections.length === ids.length &&
      sections.every((s) => {
        const b = editor.getShapePageBounds(s)!
        return b.minX >= view.minX && b.minY >= view.minY && b.maxX <= view.maxX && b.maxY <= view.maxY
      })
    )
  }, sectionIds)
}

/** Looks somewhere else entirely, so a step's move is a move. */
async function lookAway(page: Page, sectionIds: string[]): Promise<void> {
  await page.evaluate(() => {
    // A step's move may still be animating: it would carry the camera back.
    window.editor!.stopCameraAnimation()
    window.editor!.setCamera({ x: 4000, y: 4000, z: 1 })
  })
  expect(await viewShows(page, sectionIds)).toBe(false)
}

const STEP_1 = ['dagens-situasjon', 'hvem-berores']
const STEP_2 = ['utforske-behovet']

test('the facilitator edits the agenda, then steps: both groups’ views, banners and timers follow', async ({
  browser,
  server,
  person,
}) => {
  test.setTimeout(120_000)
  const workshop = await createWorkshop(server, 'lup-behovskartlegging', 2)
  const dashboard = await (await browser.newContext()).newPage()
  await dashboard.setViewportSize({ width: 1366, height: 768 })
  await dashboard.goto(`${server.url}/w/${workshop.id}?key=${workshop.facilitatorKey}`)
  const panel = dashboard.getByTestId('agenda-panel')
  await expect(panel.getByRole('heading', { name: 'Agenda' })).toBeVisible()
  await expect(panel.getByTestId('agenda-now')).toHaveText('Agendaen er ikke startet.')
  const steps = panel.getByTestId('agenda-list').locator('> li')
  await expect(steps).toHaveCount(7)
  await expect(steps.nth(0)).toContainText('I dag og hvem det gjelder')
  await expect(steps.nth(0)).toContainText('10 min')

  // The first step gets 3 minutes instead of 10, by keyboard-reachable form fields.
  await panel.getByRole('button', { name: 'Rediger agendaen' }).click()
  const editor = panel.getByTestId('agenda-editor')
  const first = editor.getByRole('group', { name: 'Steg 1', exact: true })
  await first.getByLabel('Minutter').fill('3')
  await expect(first.getByRole('checkbox', { name: '1. Dagens situasjon' })).toBeChecked()
  await expectNoAxeViolations(dashboard, { include: ['[data-testid="agenda-panel"]'], minPasses: 5 })
  await editor.getByRole('button', { name: 'Lagre agendaen' }).click()
  await expect(dashboard.getByTestId('live-region')).toContainText('Agendaen er lagret.')
  await expect(steps.nth(0)).toContainText('3 min')

  const kari = await person(workshop.groups[0]!.editUrl)
  const per = await person(workshop.groups[1]!.editUrl)
  const participants = [kari, per]
  await kari.setViewportSize({ width: 1366, height: 768 })
  for (const page of participants) await lookAway(page, STEP_1)

  // Step 1: both views move to its two sections, the banner says what to do, 3 minutes run.
  await panel.getByRole('button', { name: 'Begynn med steg 1' }).click()
  await expect(panel.getByTestId('agenda-now')).toHaveText('Steg 1 av 7: I dag og hvem det gjelder')
  await expect(steps.nth(0)).toHaveAttribute('aria-current', 'step')
  await expect(panel.getByTestId('agenda-timer')).toHaveText(/^0[23]:\d\d igjen$/)
  for (const page of participants) {
    await expect.poll(() => viewShows(page, STEP_1), { timeout: 10_000 }).toBe(true)
    const banner = page.getByTestId('workshop-banner')
    await expect(banner.getByTestId('agenda-step')).toContainText('Steg 1 av 7: I dag og hvem det gjelder')
    await expect(banner.getByTestId('agenda-step-instruction')).toHaveText(
      'Beskriv hvordan dette løses i dag, og skriv hvem som berøres – én lapp hver.',
    )
    await expect(banner.getByTestId('workshop-timer')).toHaveText(/^0[23]:\d\d igjen$/)
    await expect(page.getByTestId('live-region')).toContainText('Steg 1 av 7: I dag og hvem det gjelder.')
  }
  // The step's sections are marked on the sheet; no other section is.
  await expect(kari.locator('.bd-section--agenda-step')).toHaveCount(2)
  await expectNoAxeViolations(kari, { include: ['[data-testid="workshop-banner"]'], minPasses: 3 })
  await kari.waitForTimeout(500) // the camera's move has settled
  await kari.screenshot({ path: `${SHOTS}/agenda-board.png` })

  // Next: step 2 and its 8 minutes, on both boards.
  for (const page of participants) await lookAway(page, STEP_2)
  await panel.getByRole('button', { name: 'Neste steg' }).click()
  await expect(panel.getByTestId('agenda-now')).toHaveText('Steg 2 av 7: Slik utforsker vi')
  for (const page of participants) {
    await expect.poll(() => viewShows(page, STEP_2), { timeout: 10_000 }).toBe(true)
    await expect(page.getByTestId('agenda-step')).toContainText('Steg 2 av 7: Slik utforsker vi')
    await expect(page.getByTestId('workshop-timer')).toHaveText(/^0[78]:\d\d igjen$/)
  }
  await expect(kari.locator('.bd-section--agenda-step')).toHaveCount(1)
  await expectNoAxeViolations(dashboard, { include: ['[data-testid="agenda-panel"]'], minPasses: 5 })
  await panel.scrollIntoViewIfNeeded()
  await dashboard.screenshot({ path: `${SHOTS}/agenda-dashboard.png` })

  // Back: step 1 again, its 3 minutes afresh.
  for (const page of participants) await lookAway(page, STEP_1)
  await panel.getByRole('button', { name: 'Forrige steg' }).click()
  await expect(panel.getByTestId('agenda-now')).toHaveText('Steg 1 av 7: I dag og hvem det gjelder')
  for (const page of participants) {
    await expect.poll(() => viewShows(page, STEP_1), { timeout: 10_000 }).toBe(true)
    await expect(page.getByTestId('agenda-step')).toContainText('Steg 1 av 7')
    await expect(page.getByTestId('workshop-timer')).toHaveText(/^0[23]:\d\d igjen$/)
  }
  // Someone who joins now opens the board on the step the groups are on, not on the first sheet.
  const late = await person(workshop.groups[1]!.editUrl)
  await expect.poll(() => viewShows(late, STEP_1), { timeout: 10_000 }).toBe(true)
  // …closer in than the whole sheet: the last section is not all in view.
  await expect.poll(() => viewShows(late, ['usikkerhet'])).toBe(false)
  await expect(late.getByTestId('agenda-step')).toContainText('Steg 1 av 7')
  // Back from the first step goes nowhere: the button says so and keeps focus.
  const back = panel.getByRole('button', { name: 'Forrige steg' })
  await expect(back).toHaveAttribute('aria-disabled', 'true')

  // On a phone the step is on the banner's own row and the view still fits the sections.
  await per.setViewportSize({ width: 390, height: 844 })
  await lookAway(per, STEP_1)
  await panel.getByRole('button', { name: 'Neste steg' }).click()
  await expect.poll(() => viewShows(per, STEP_2), { timeout: 10_000 }).toBe(true)
  await expect(per.getByTestId('agenda-step')).toBeVisible()
  await expectNoAxeViolations(per, { include: ['[data-testid="workshop-banner"]'], minPasses: 3 })
  await per.screenshot({ path: `${SHOTS}/agenda-phone.png` })

  // At 320 px the editor reflows to one column, nothing scrolls sideways, and it passes axe.
  await dashboard.setViewportSize({ width: 320, height: 720 })
  await panel.getByRole('button', { name: 'Rediger agendaen' }).click()
  await expect(panel.getByTestId('agenda-editor')).toBeVisible()
  await expectReflow(dashboard, 'agenda-editor', { minControls: 20 })
  await expectNoAxeViolations(dashboard, { include: ['[data-testid="agenda-panel"]'], minPasses: 5 })
  await panel.getByTestId('agenda-editor').scrollIntoViewIfNeeded()
  await dashboard.screenshot({ path: `${SHOTS}/agenda-editor-320.png` })
})

test('the agenda editor works from the keyboard: move, remove, add, and says what is wrong', async ({
  browser,
  server,
}) => {
  const workshop = await createWorkshop(server, 'lup-oppstart', 1)
  const dashboard = await (await browser.newContext()).newPage()
  await dashboard.goto(`${server.url}/w/${workshop.id}?key=${workshop.facilitatorKey}`)
  const panel = dashboard.getByTestId('agenda-panel')
  const titles = panel.getByTestId('agenda-list').locator('.agenda-list__title')
  await expect(titles).toHaveText([
    'Navn og mål',
    'Føringer og rammer',
    'Mennesker og kompetanse',
    'Tid og penger',
    'Type og risiko',
    'Neste steg',
  ])
  await panel.getByRole('button', { name: 'Rediger agendaen' }).focus()
  await dashboard.keyboard.press('Enter')
  const editor = panel.getByTestId('agenda-editor')

  // Step 1 down: the same step, now second, keeps focus on its "move down" button.
  await editor.getByRole('button', { name: 'Flytt ned: steg 1' }).focus()
  await dashboard.keyboard.press('Enter')
  await expect(editor.getByRole('button', { name: 'Flytt ned: steg 2' })).toBeFocused()
  await expect(editor.getByRole('group', { name: 'Steg 2', exact: true }).getByLabel('Tittel')).toHaveValue(
    'Navn og mål',
  )
  await expect(dashboard.getByTestId('live-region')).toContainText('Steget er nå nummer 2.')

  // Remove the last step; focus lands on the step before it.
  await editor.getByRole('button', { name: 'Fjern: steg 6' }).focus()
  await dashboard.keyboard.press('Enter')
  await expect(editor.getByRole('group', { name: 'Steg 5', exact: true }).getByLabel('Tittel')).toBeFocused()

  // Add one: focus in its title; give it a title, a section (Space on the checkbox) and minutes.
  await editor.getByRole('button', { name: 'Legg til et steg' }).focus()
  await dashboard.keyboard.press('Enter')
  const added = editor.getByRole('group', { name: 'Steg 6', exact: true })
  await expect(added.getByLabel('Tittel')).toBeFocused()
  await dashboard.keyboard.press('ControlOrMeta+a')
  await dashboard.keyboard.type('Oppsummering')
  await added.getByLabel('Minutter').fill('0')
  await added.getByRole('checkbox', { name: '8. Neste steg' }).focus()
  await dashboard.keyboard.press('Space')
  await expect(added.getByRole('checkbox', { name: '8. Neste steg' })).toBeChecked()

  // 0 minutes is refused before anything is sent, and said.
  await editor.getByRole('button', { name: 'Lagre agendaen' }).click()
  await expect(editor.locator('.agenda-editor__problems')).toHaveText(
    'Steg 6: minuttene må være et helt tall fra 1 til 120.',
  )
  await expect(editor.locator('.agenda-editor__problems')).toBeFocused()
  await added.getByLabel('Minutter').fill('5')
  await editor.getByRole('button', { name: 'Lagre agendaen' }).click()
  await expect(titles).toHaveText([
    'Føringer og rammer',
    'Navn og mål',
    'Mennesker og kompetanse',
    'Tid og penger',
    'Type og risiko',
    'Oppsummering',
  ])
  // Stored on the server, not only on this page.
  await dashboard.reload()
  await expect(titles).toHaveText([
    'Føringer og rammer',
    'Navn og mål',
    'Mennesker og kompetanse',
    'Tid og penger',
    'Type og risiko',
    'Oppsummering',
  ])
  await expect(panel.getByTestId('agenda-list').locator('> li').last()).toContainText('5 min')
})
