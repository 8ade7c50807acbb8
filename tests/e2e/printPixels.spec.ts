import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { PNG } from 'pngjs'

import { addNote, waitUntilSaved } from './fixtures/boardPage.ts'
import { differingShare } from './fixtures/compareImages.ts'
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

// The PDF is Chromium printing the print view, and the print view shows tldraw's SVG of the
// sheet: the two must agree. They are drawn by different rasterisers (Skia on screen, poppler
// for the PDF) whose glyphs land up to a pixel apart, which alone made 1.2 % of single pixels
// differ; compared per ~1 mm block, only what is drawn where counts. Three more notes (at
// Oppstart's note scale about 0.35 % of an A4 page each) must count as a difference; the
// threshold lies between the two.
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
  const same = differingShare(onScreen, printed, test.info().outputPath('same-diff.png'))

  // The control: three more notes on the board, and the comparison must notice them.
  await addNote(editor, 'En lapp til', 900, 650)
  await addNote(editor, 'Og en til', 1300, 300)
  await addNote(editor, 'Og en tredje', 300, 900)
  await waitUntilSaved(editor)
  const changed = differingShare(
    onScreen,
    pdfPageAsPng('changed', await exportPdf()),
    test.info().outputPath('changed-diff.png'),
  )

  test.info().annotations.push({ type: 'pixels', description: `same ${same}, three notes more ${changed}` })
  console.log(
    `differing 1 mm blocks: same board ${(same * 100).toFixed(2)} %, three notes more ${(changed * 100).toFixed(2)} %`,
  )
  expect(same).toBeLessThan(THRESHOLD)
  expect(changed).toBeGreaterThan(THRESHOLD)
})
