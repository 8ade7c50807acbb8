import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import pixelmatch from 'pixelmatch'
import { PNG } from 'pngjs'

import { addNote, waitUntilSaved } from './fixtures/boardPage.ts'
import { expect, test } from './fixtures/test.ts'

const dir = mkdtempSync(join(tmpdir(), 'bordduk-pixels-'))

/** Page 1 of a PDF as poppler draws it at 96 dpi: one PDF point is 4/3 CSS pixel, as on screen. */
function pdfPageAsPng(name: string, pdf: ArrayBuffer): PNG {
  writeFileSync(join(dir, `${name}.pdf`), Buffer.from(pdf))
  execFileSync('pdftoppm', ['-r', '96', '-png', '-singlefile', '-f', '1', '-l', '1', `${name}.pdf`, name], {
    cwd: dir,
  })
  return PNG.sync.read(readFileSync(join(dir, `${name}.png`)))
}

/** The image averaged over blocks of `n` × `n` pixels: what the page shows where, not how glyph edges fall. */
function blockAverage(image: PNG, n: number): PNG {
  const out = new PNG({ width: Math.floor(image.width / n), height: Math.floor(image.height / n) })
  for (let y = 0; y < out.height; y++) {
    for (let x = 0; x < out.width; x++) {
      for (let c = 0; c < 4; c++) {
        let sum = 0
        for (let dy = 0; dy < n; dy++) {
          for (let dx = 0; dx < n; dx++) sum += image.data[((y * n + dy) * image.width + x * n + dx) * 4 + c]!
        }
        out.data[(y * out.width + x) * 4 + c] = Math.round(sum / (n * n))
      }
    }
  }
  return out
}

/** Share of 4 × 4 px blocks (about 1 mm on paper) whose colour differs beyond pixelmatch's threshold. */
function differingShare(full: PNG, fullOther: PNG, name: string): number {
  expect([full.width, full.height]).toEqual([fullOther.width, fullOther.height])
  const [a, b] = [blockAverage(full, 4), blockAverage(fullOther, 4)]
  const diff = new PNG({ width: a.width, height: a.height })
  const count = pixelmatch(a.data, b.data, diff.data, a.width, a.height, { threshold: 0.1 })
  writeFileSync(test.info().outputPath(`${name}-diff.png`), PNG.sync.write(diff))
  return count / (a.width * a.height)
}

// The PDF is Chromium printing the print view, and the print view shows tldraw's SVG of the
// sheet: the two must agree. They are drawn by different rasterisers (Skia on screen, poppler
// for the PDF) whose glyphs land up to a pixel apart, which alone made 1.2 % of single pixels
// differ; compared per ~1 mm block, only what is drawn where counts. One more note (about
// 1.5 % of an A4 page) must count as a difference; the threshold lies between the two.
const THRESHOLD = 0.005

test('page 1 of the PDF looks like the sheet on screen', async ({ server, person, browser }) => {
  const board = await server.createBoard({ templateId: 'lup-oppstart' })
  const editor = await person(board.editUrl)
  await addNote(editor, 'Bedre oversikt over behovene – æøå', 300, 300)
  await waitUntilSaved(editor)

  const exportPdf = async () =>
    (
      await fetch(`${server.url}/api/boards/${board.id}/export.pdf?key=${board.viewKey}&paper=A4`)
    ).arrayBuffer()
  const viewer = await browser.newPage({ viewport: { width: 1300, height: 900 }, deviceScaleFactor: 1 })
  await viewer.goto(`${server.url}/print/${board.id}?key=${board.viewKey}&paper=A4`)
  await viewer.waitForFunction(() => window.borddukPrintReady === true)
  // Print media CSS only drops the toolbar and page gaps, so page 1 starts at (0, 0) on a whole pixel.
  await viewer.emulateMedia({ media: 'print' })
  const onScreen = PNG.sync.read(await viewer.screenshot({ clip: { x: 0, y: 0, width: 1123, height: 794 } }))
  writeFileSync(test.info().outputPath('on-screen.png'), PNG.sync.write(onScreen))
  await viewer.close()

  const printed = pdfPageAsPng('same', await exportPdf())
  const same = differingShare(onScreen, printed, 'same')

  // The control: one more note on the board, and the comparison must notice it.
  await addNote(editor, 'En lapp til', 900, 650)
  await waitUntilSaved(editor)
  const changed = differingShare(onScreen, pdfPageAsPng('changed', await exportPdf()), 'changed')

  test.info().annotations.push({ type: 'pixels', description: `same ${same}, one note more ${changed}` })
  console.log(
    `differing 1 mm blocks: same board ${(same * 100).toFixed(2)} %, one note more ${(changed * 100).toFixed(2)} %`,
  )
  expect(same).toBeLessThan(THRESHOLD)
  expect(changed).toBeGreaterThan(THRESHOLD)
})
