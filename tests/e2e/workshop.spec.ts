import { addNote, openBoard, openBoardMenu } from './fixtures/boardPage.ts'
import { expect, test } from './fixtures/test.ts'

test('a facilitator runs a workshop: three groups, live thumbnails, head counts, timer and message', async ({
  browser,
  server,
}) => {
  const facilitator = await (await browser.newContext()).newPage()
  await facilitator.goto(server.url)
  await facilitator.getByLabel('Verktøy').selectOption('lup-behovskartlegging')
  await facilitator.getByLabel('Antall grupper').fill('3')
  await facilitator.getByRole('button', { name: 'Lag workshop' }).click()
  await facilitator.waitForURL(/\/w\/[A-Za-z0-9_-]+\?key=/)
  const groups = facilitator.locator('.group-card')
  await expect(groups).toHaveCount(3)
  await expect(groups.nth(1).getByRole('heading')).toHaveText('Gruppe 2')
  await expect(groups.nth(1).getByRole('img', { name: /QR-kode for Gruppe 2/ })).toBeVisible()

  // A participant joins group 2 through the link on the dashboard and writes a note.
  const editUrl = await groups.nth(1).getByRole('link').first().getAttribute('href')
  const participant = await (await browser.newContext()).newPage()
  await openBoard(participant, editUrl!)
  await addNote(participant, 'Notat fra gruppe 2', 120, 300)

  await expect(groups.nth(1).getByTestId('participants')).toHaveText('1 til stede')
  await expect(groups.nth(0).getByTestId('participants')).toHaveText('0 til stede')
  await expect
    .poll(async () => {
      const src = await groups.nth(1).locator('.group-card__thumbnail').getAttribute('src')
      const svg = await (await facilitator.request.get(new URL(src!, server.url).href)).text()
      // The note's words, read across the lines it is wrapped into.
      return svg.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ')
    })
    .toContain('Notat fra gruppe 2')
  await facilitator.screenshot({ path: 'test-results/templates/dashboard.png', fullPage: true })

  // Timer and message reach the group's board.
  await facilitator.getByLabel('Minutter').fill('5')
  await facilitator.getByRole('button', { name: 'Start' }).click()
  await expect(participant.getByTestId('workshop-timer')).toHaveText(/0[45]:\d\d igjen/)
  await facilitator.getByRole('textbox', { name: 'Melding til alle grupper' }).fill('Fem minutter igjen!')
  await facilitator.getByRole('button', { name: 'Send' }).click()
  await expect(participant.getByTestId('workshop-message')).toContainText('Fem minutter igjen!')
  await facilitator.getByRole('button', { name: 'Pause' }).click()
  await expect(participant.getByTestId('workshop-timer')).toHaveText(/\(pause\)/)
  await participant.screenshot({ path: 'test-results/templates/group-board-with-timer.png' })

  // New links for group 2 (asked first): the participant's old link stops working.
  await groups.nth(1).getByRole('button', { name: 'Lag nye lenker' }).click()
  await facilitator.getByRole('dialog').getByRole('button', { name: 'Lag nye lenker' }).click()
  await expect(groups.nth(1).getByTestId('rotate-keys-done')).toHaveText(/Nye lenker laget/)
  await expect(facilitator.getByTestId('live-region')).toContainText('Nye lenker laget')
  const newUrl = await groups.nth(1).getByRole('link').first().getAttribute('href')
  expect(newUrl).not.toBe(editUrl)
  await expect(participant.getByRole('alert')).toHaveText(/Tilretteleggeren har laget nye lenker/)
})

test('“bring everyone here”: participants follow the facilitator’s view and can stop following', async ({
  server,
  person,
}) => {
  const response = await fetch(`${server.url}/api/workshops`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ templateId: 'lup-markedsdialog', groups: 1 }),
  })
  const workshop = (await response.json()) as {
    groups: { boardId: string; editUrl: string; facilitatorUrl: string }[]
  }
  const group = workshop.groups[0]!
  const facilitator = await person(group.facilitatorUrl)
  const participant = await person(group.editUrl)
  await facilitator.evaluate(() => {
    window.editor!.zoomToFit()
  })

  await facilitator.getByRole('button', { name: 'Samle alle her' }).click()
  await expect(
    participant.getByTestId('workshop-banner').getByText('Du følger tilretteleggerens visning'),
  ).toBeVisible()
  const facilitatorId = await facilitator.evaluate(() => window.editor!.user.getId())
  expect(await participant.evaluate(() => window.editor!.getInstanceState().followingUserId)).toBe(
    `user:${facilitatorId}`,
  )
  // The participant's camera comes to the facilitator's view.
  const zoomOf = (page: typeof facilitator) => page.evaluate(() => window.editor!.getZoomLevel())
  await expect
    .poll(async () => Math.abs((await zoomOf(participant)) - (await zoomOf(facilitator))))
    .toBeLessThan(0.05)

  await participant.getByRole('button', { name: 'Slutt å følge' }).click()
  expect(await participant.evaluate(() => window.editor!.getInstanceState().followingUserId)).toBeNull()
  await facilitator.getByRole('button', { name: 'Avslutt samling' }).click()
  await expect(facilitator.getByRole('button', { name: 'Samle alle her' })).toBeVisible()
})

test('a facilitator saves a group board as a template of their own, shown in the gallery', async ({
  server,
  person,
  page,
}) => {
  const response = await fetch(`${server.url}/api/workshops`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ templateId: 'lup-oppstart', groups: 1 }),
  })
  const workshop = (await response.json()) as {
    id: string
    facilitatorKey: string
    groups: { boardId: string; facilitatorUrl: string }[]
  }
  const facilitator = await person(workshop.groups[0]!.facilitatorUrl)
  // The facilitator may change the printed layer: rename a section through the editor.
  await facilitator.evaluate(() => {
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
  await openBoardMenu(facilitator)
  await facilitator.getByRole('button', { name: 'Lagre som mal' }).click()
  await facilitator.getByLabel('Navn på malen').fill('Oppstart for helse')
  await facilitator.getByLabel('Kort beskrivelse').fill('Med frister')
  await facilitator.getByRole('button', { name: 'Lagre som mal' }).last().click()
  await expect(facilitator.getByTestId('template-saved')).toContainText('er lagret')
  await expect(facilitator.getByTestId('live-region')).toContainText('er lagret')

  await page.goto(server.url)
  const card = page.locator('.template-card', { hasText: 'Oppstart for helse' })
  await expect(card.getByText('Egen mal')).toBeVisible()
  const list = (await (await fetch(`${server.url}/api/templates`)).json()) as {
    id: string
    title: string
    sheets: { sections: { title: string }[] }[]
  }[]
  const mine = list.find((t) => t.title === 'Oppstart for helse')!
  expect(mine.sheets[0]!.sections.map((s) => s.title)).toContain('Tid og frister')

  // On the dashboard the facilitator renames it, then deletes it (which also cleans up, so
  // other tests see the built-in catalogue only).
  await page.goto(`${server.url}/w/${workshop.id}?key=${workshop.facilitatorKey}`)
  const yours = page.getByRole('region', { name: 'Dine maler' })
  await yours.getByLabel('Navn på malen').fill('Oppstart for helse og omsorg')
  await yours.getByRole('button', { name: 'Lagre navn' }).click()
  await expect(yours.getByTestId('owned-templates-status')).toHaveText(
    'Malen heter nå «Oppstart for helse og omsorg».',
  )
  await expect(page.getByTestId('live-region')).toHaveText('Malen heter nå «Oppstart for helse og omsorg».')
  page.once('dialog', (dialog) => void dialog.accept())
  await yours.getByRole('button', { name: 'Slett «Oppstart for helse og omsorg»' }).click()
  await expect(yours).toBeHidden() // nothing left to list
  await page.goto(server.url)
  await expect(page.locator('.template-card').first()).toBeVisible()
  await expect(page.locator('.template-card', { hasText: 'Oppstart for helse' })).toHaveCount(0)
  const after = (await (await fetch(`${server.url}/api/templates`)).json()) as { id: string }[]
  expect(after.map((t) => t.id)).not.toContain(mine.id)
})
