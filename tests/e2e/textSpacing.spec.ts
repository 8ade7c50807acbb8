import type { Page } from '@playwright/test'

import { openBoard, openBoardMenu } from './fixtures/boardPage.ts'
import { expectReflow } from './fixtures/reflow.ts'
import { expect, test } from './fixtures/test.ts'
import { createWorkshop, workshopControls } from './fixtures/workshop.ts'

// WCAG 1.4.12 (text spacing): a reader's own style sheet may set line height 1.5, paragraph
// spacing 2 em, letter spacing 0.12 em and word spacing 0.16 em; nothing of ours may then be
// cut off, overlap or move out of reach. The board's canvas is the printed tablecloth, laid out
// to paper; its chrome and every page around it must give way.

const READER_SPACING = `
  *:not(.tl-canvas *) {
    line-height: 1.5 !important;
    letter-spacing: 0.12em !important;
    word-spacing: 0.16em !important;
  }
  p:not(.tl-canvas *) { margin-bottom: 2em !important; }
`

/**
 * Text of ours that the spacing pushed past a box that hides its overflow: that text is lost to
 * the reader. Visually hidden text (for screen readers) and the canvas are left out.
 */
async function clippedText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = []
    for (const el of document.body.querySelectorAll<HTMLElement>('*')) {
      if (el.closest('.tl-canvas, .visually-hidden, [class*="tl-watermark"]')) continue
      if (!el.textContent?.trim() || !el.checkVisibility()) continue
      const style = getComputedStyle(el)
      const hidesX = style.overflowX === 'hidden' || style.overflowX === 'clip'
      const hidesY = style.overflowY === 'hidden' || style.overflowY === 'clip'
      const cutX = hidesX && el.scrollWidth > el.clientWidth + 1
      const cutY = hidesY && el.scrollHeight > el.clientHeight + 1
      if (cutX || cutY) {
        const cls = typeof el.className === 'string' ? el.className.split(' ')[0] : ''
        out.push(`<${el.tagName.toLowerCase()}.${cls}> "${el.textContent.trim().slice(0, 40)}"`)
      }
    }
    return out
  })
}

async function expectSpacingHolds(page: Page, name: string, minControls: number) {
  await page.addStyleTag({ content: READER_SPACING })
  expect(await clippedText(page), `text cut off on ${name}`).toEqual([])
  await expectReflow(page, `spacing-${name}`, { minControls })
}

test('with a reader’s text spacing nothing is cut off or out of reach: start page, statement, dashboard', async ({
  page,
  server,
}) => {
  await page.goto(server.url)
  await expect(page.getByRole('button', { name: 'Lag tavle: Oppstart' })).toBeVisible()
  await expectSpacingHolds(page, 'start', 8)

  await page.goto(`${server.url}/tilgjengelighet`)
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expectSpacingHolds(page, 'statement', 3)

  const workshop = await createWorkshop(server, 'lup-oppstart')
  await workshopControls(server, workshop).message('Velkommen til workshopen')
  await page.goto(`${server.url}/w/${workshop.id}?key=${workshop.facilitatorKey}`)
  await expect(page.getByRole('region', { name: 'Sendte meldinger' }).getByRole('listitem')).toHaveCount(1)
  await expectSpacingHolds(page, 'dashboard', 10)
})

test('with a reader’s text spacing the board’s chrome, its menu and the outline keep their text', async ({
  page,
  server,
}) => {
  const workshop = await createWorkshop(server, 'lup-oppstart')
  const send = workshopControls(server, workshop)
  await send.timer({ action: 'start', durationMs: 10 * 60_000 })
  await send.message('Skriv behovene, ikke løsningene')
  const group = workshop.groups[0]!
  await openBoard(page, group.editUrl)
  await page.addStyleTag({ content: READER_SPACING })
  await openBoardMenu(page)
  expect(await clippedText(page), 'text cut off on the board').toEqual([])
  await expectReflow(page, 'spacing-board-menu', { minControls: 5, layer: '.board-menu__sheet' })

  const outline = new URL(group.editUrl)
  outline.pathname += '/outline'
  await page.goto(outline.href)
  await expect(page.getByRole('heading', { level: 3 }).first()).toBeVisible()
  await expectSpacingHolds(page, 'outline', 10)
})
