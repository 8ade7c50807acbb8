import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import type { Page } from '@playwright/test'

import { openBoard, waitUntilSaved } from './fixtures/boardPage.ts'
import { expect, test } from './fixtures/test.ts'

const dir = mkdtempSync(join(tmpdir(), 'bordduk-fields-'))
/** Screenshots to look at (not compared): the header filled in, and the A1 page. */
const SHOTS = join(process.cwd(), 'test-results', 'fields-shots')

const NAME = 'Skolemat for 1.–4. trinn'
const WHO =
  'Torsdag 12. mars · Kari (innkjøp), Ola (skole), Åse (økonomi), Per (IT) og to elevrådsrepresentanter'

/** The header field whose caption is `label`, as an editor's textarea. */
const fieldInput = (page: Page, label: string) => page.getByRole('textbox', { name: label, exact: true })

/** Zooms to the first sheet's header, as a group would to write in it. */
async function zoomToHeader(page: Page) {
  await page.evaluate(() => {
    const editor = window.editor!
    const shapes = editor.getCurrentPageShapes() as { type: string; x: number; y: number; props: object }[]
    const sheet = shapes.find((s) => s.type === 'bd-sheet')!
    const { w } = sheet.props as { w: number }
    // The sheet's right edge left of tldraw's style panel, which a wide window shows.
    editor.zoomToBounds({ x: sheet.x + 0.3 * w, y: sheet.y - 20, w: 0.8 * w, h: 400 }, { inset: 0 })
  })
}

function pdfText(name: string, bytes: ArrayBuffer) {
  const file = join(dir, name)
  writeFileSync(file, Buffer.from(bytes))
  return { file, text: execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ') }
}

test('a header field is filled in place: typed by one, seen by another, kept, printed', async ({
  server,
  person,
}) => {
  const board = await server.createBoard({ templateId: 'lup-oppstart' })
  const kari = await person(board.editUrl)
  const ola = await person(board.editUrl)
  await zoomToHeader(kari)

  // Typed with the keyboard: letters that are tldraw shortcuts (d, r, t, n, e …) must write, not switch tools.
  await fieldInput(kari, 'Anskaffelse').click()
  await kari.keyboard.type(`${NAME}x`)
  // Backspace deletes a character, not a shape; Escape leaves the field.
  await kari.keyboard.press('Backspace')
  await kari.keyboard.press('Escape')
  await expect(fieldInput(kari, 'Anskaffelse')).toHaveValue(NAME)
  await expect(fieldInput(kari, 'Anskaffelse')).not.toBeFocused()
  expect(await kari.evaluate(() => window.editor!.getCurrentToolId())).toBe('select')
  expect(await kari.evaluate(() => window.editor!.getSelectedShapeIds().length)).toBe(0)
  // A click on the caption puts the cursor in its field too.
  await kari.locator('.bd-field__label', { hasText: 'Dato og deltakere' }).click()
  await expect(fieldInput(kari, 'Dato og deltakere')).toBeFocused()
  await kari.keyboard.type(WHO)
  await waitUntilSaved(kari)

  await expect(fieldInput(ola, 'Anskaffelse')).toHaveValue(NAME)
  await expect(fieldInput(ola, 'Dato og deltakere')).toHaveValue(WHO)

  await kari.reload()
  await openBoard(kari, board.editUrl)
  await expect(fieldInput(kari, 'Anskaffelse')).toHaveValue(NAME)

  // A viewer reads the text but has nothing to type in.
  const viewer = await person(board.viewUrl)
  await zoomToHeader(viewer)
  const shown = viewer.locator('.bd-field', { hasText: 'Anskaffelse' })
  await expect(shown).toContainText(NAME)
  await expect(viewer.locator('.bd-field textarea')).toHaveCount(0)
  // The long text wraps and shrinks inside its box: nothing hidden past its bottom edge.
  const fit = await viewer
    .locator('.bd-field', { hasText: 'Dato og deltakere' })
    .locator('.bd-field__text')
    .evaluate((el) => ({
      scroll: el.scrollHeight,
      client: el.clientHeight,
      width: el.scrollWidth - el.clientWidth,
    }))
  expect(fit.scroll).toBeLessThanOrEqual(fit.client + 1)
  expect(fit.width).toBe(0)
  mkdirSync(SHOTS, { recursive: true })
  await kari.setViewportSize({ width: 1366, height: 768 })
  await kari.evaluate(() => {
    window.editor!.zoomToFit()
  })
  await kari.screenshot({ path: join(SHOTS, 'board-1366x768.png') })
  await zoomToHeader(kari)
  await kari.screenshot({ path: join(SHOTS, 'header-1366x768.png') })

  const pdf = await fetch(`${server.url}/api/boards/${board.id}/export.pdf?key=${board.viewKey}&paper=A1`)
  expect(pdf.status).toBe(200)
  const printed = pdfText('a1.pdf', await pdf.arrayBuffer())
  expect(printed.text).toContain(NAME)
  expect(printed.text).toContain('Åse (økonomi)')
  execFileSync('pdftoppm', ['-r', '30', '-png', '-singlefile', printed.file, join(SHOTS, 'a1-page')])
})

test('a field is filled by touch: a tap puts the cursor in it', async ({ server, browser }) => {
  const board = await server.createBoard({ templateId: 'lup-behovskartlegging', locale: 'en' })
  const context = await browser.newContext({
    hasTouch: true,
    isMobile: true,
    viewport: { width: 390, height: 844 },
  })
  const page = await context.newPage()
  await openBoard(page, board.editUrl)
  await zoomToHeader(page)
  await fieldInput(page, 'Procurement').tap()
  await expect(fieldInput(page, 'Procurement')).toBeFocused()
  await page.keyboard.type('Hjemmetjeneste')
  await waitUntilSaved(page)
  const stored = await fetch(`${server.url}/api/boards/${board.id}/answers.md?key=${board.viewKey}`)
  expect(await stored.text()).toContain('Hjemmetjeneste')
  await context.close()
})
