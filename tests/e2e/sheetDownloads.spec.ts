import type { Page } from '@playwright/test'
import { PNG } from 'pngjs'

import { addNote, openBoardMenu, waitUntilSaved } from './fixtures/boardPage.ts'
import { downloadBy } from './fixtures/download.ts'
import { differingShare, resampleTo } from './fixtures/compareImages.ts'
import { expect, test } from './fixtures/test.ts'

/** Clicks a download button on the print view and returns the file's name and bytes. */
const download = (page: Page, button: RegExp) => downloadBy(page.getByRole('button', { name: button }))

test('each sheet downloads as SVG and as PNG at the stated dpi, tiled when larger than a canvas', async ({
  server,
  person,
  browser,
}) => {
  test.setTimeout(120_000)
  const board = await server.createBoard({ templateId: 'lup-oppstart', title: 'Skolemat' })
  const editor = await person(board.editUrl)
  await addNote(editor, 'Varm lunsj for alle – ønske fra elevrådet', 300, 300)
  await waitUntilSaved(editor)

  const open = async (paper: string) => {
    const page = await browser.newPage()
    await page.goto(`${server.url}/print/${board.id}?key=${board.viewKey}&paper=${paper}`)
    await page.waitForFunction(() => window.borddukPrintReady === true)
    return page
  }

  const a4 = await open('A4')
  const svg = await download(a4, /^SVG$/)
  expect(svg.name).toBe('Skolemat – Oppstart.svg')
  expect(svg.bytes.toString('utf8')).toMatch(/^<svg[^>]+viewBox/)
  expect(svg.bytes.toString('utf8')).toContain('Varm lunsj for alle – ønske fra elevrådet')

  // A4 landscape at 150 dpi: 297 × 210 mm → 1754 × 1240 px (less a pixel: the sheet's shape
  // is a hair off the paper's), as the button says, and the file says 150 dpi.
  await a4.getByLabel(/Oppløsning|Resolution/).selectOption('150')
  const small = await download(a4, /^PNG \(1754 × 1239 px, A4\)$/)
  const smallImage = PNG.sync.read(small.bytes)
  expect([smallImage.width, smallImage.height]).toEqual([1754, 1239])
  const phys = small.bytes.indexOf('pHYs') + 4
  expect(small.bytes.readUInt32BE(phys)).toBe(5906) // pixels per metre = 150 dpi
  await a4.close()

  // A0 at 150 dpi is 7022 × 4964 px: two tiles across, five bands down. Scaled to the A4
  // image's size it must show the same sheet, so every tile sits where it belongs.
  const a0 = await open('A0')
  await a0.getByLabel(/Oppløsning|Resolution/).selectOption('150')
  const large = PNG.sync.read((await download(a0, /^PNG \(7022 × \d+ px, A0\)$/)).bytes)
  expect(large.width).toBe(7022)
  expect(large.height).toBeGreaterThan(4096) // more than one band, and wider than one tile
  const share = differingShare(
    resampleTo(large, smallImage.width, smallImage.height),
    smallImage,
    test.info().outputPath('a0-vs-a4-diff.png'),
  )
  console.log(`A0 PNG scaled down vs A4 PNG: ${(share * 100).toFixed(2)} % of 1 mm blocks differ`)
  expect(share).toBeLessThan(0.005) // the threshold printPixels.spec justifies
  await a0.close()
})

test('the board’s print panel downloads the notes as Word, CSV and Markdown, and the board as .tldr', async ({
  server,
  person,
}) => {
  const board = await server.createBoard({ templateId: 'lup-behovskartlegging', title: 'Skolemat' })
  const page = await person(board.editUrl)
  await addNote(page, 'Elevene vil ha varm mat', 200, 300)
  await waitUntilSaved(page)
  await openBoardMenu(page)
  await page.getByRole('button', { name: 'Skriv ut' }).click()
  const panel = page.getByRole('region', { name: 'Skriv ut' })
  const fetchLink = (name: string) => downloadBy(panel.getByRole('link', { name }))
  const word = await fetchLink('Svar (Word)')
  expect(word.name).toBe('Skolemat.docx')
  expect(word.bytes.subarray(0, 2).toString()).toBe('PK')
  const csv = await fetchLink('Svar (CSV, regneark)')
  expect(csv.bytes.toString('utf8')).toContain('Elevene vil ha varm mat')
  const markdown = await fetchLink('Svar (Markdown)')
  expect(markdown.bytes.toString('utf8')).toContain('- Elevene vil ha varm mat')
  const tldr = JSON.parse((await fetchLink('Tavla som .tldr-fil')).bytes.toString('utf8')) as {
    tldrawFileFormatVersion: number
  }
  expect(tldr.tldrawFileFormatVersion).toBe(1)
})
