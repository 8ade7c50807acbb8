import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { addNote, openBoardMenu, waitUntilSaved } from './fixtures/boardPage.ts'
import { downloadBy } from './fixtures/download.ts'
import { expect, test } from './fixtures/test.ts'

const dir = mkdtempSync(join(tmpdir(), 'bordduk-pdf-'))

/** Saves a PDF and reads it with poppler's tools, as a person's PDF viewer would. */
function inspectPdf(name: string, bytes: ArrayBuffer | Buffer) {
  const file = join(dir, name)
  writeFileSync(file, Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes))
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', '99', file], { encoding: 'utf8' })
  const sizes = [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/g)].map((m) => [
    Math.round(Number(m[1])),
    Math.round(Number(m[2])),
  ])
  // Words joined by single spaces: a note's text wraps over lines on the page.
  const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')
  // pdfimages lists every bitmap after two header lines: a vector print has none.
  const images =
    execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' }).trim().split('\n').length - 2
  return { pages: Number(/Pages:\s+(\d+)/.exec(info)![1]), sizes, text, images }
}

test('the board prints as a vector PDF: one page per sheet, the paper size asked for, notes as text', async ({
  server,
  person,
}) => {
  const board = await server.createBoard({ templateId: 'lup-ledelsesforankring' })
  const page = await person(board.editUrl)
  await addNote(page, 'Rådmannen må være med – økonomi og støtte', 400, 300)
  await waitUntilSaved(page)
  const pdf = (paper: string, key = board.viewKey) =>
    fetch(`${server.url}/api/boards/${board.id}/export.pdf?key=${key}&paper=${paper}`)

  const a1 = await pdf('A1')
  expect(a1.status).toBe(200)
  expect(a1.headers.get('Content-Type')).toBe('application/pdf')
  const printed = inspectPdf('a1.pdf', await a1.arrayBuffer())
  expect(printed.pages).toBe(2) // leadership anchoring has two sheets
  expect(printed.sizes).toEqual([
    [2384, 1684],
    [2384, 1684],
  ]) // A1 landscape in points
  expect(printed.text).toContain('Rådmannen må være med – økonomi og støtte')
  expect(printed.text).toContain('Politisk nivå')
  expect(printed.text).toContain('Risiko og tiltak')
  expect(printed.images).toBe(0) // the note's shadow too is drawn as vectors, not a bitmap

  const a4 = inspectPdf('a4.pdf', await (await pdf('A4')).arrayBuffer())
  expect(a4.sizes[0]).toEqual([842, 595])

  // An A1 poster tiled onto A4: per sheet a page map and 15 tiles (5 × 3), all A4 portrait.
  const tiled = inspectPdf('tiled.pdf', await (await pdf('A1&tile=A4')).arrayBuffer())
  expect(tiled.pages).toBe(2 * (1 + 15))
  expect(new Set(tiled.sizes.map((s) => s.join('x')))).toEqual(new Set(['595x842']))
  expect(tiled.text).toContain('rute A1 (rad 1 av 3, kolonne 1 av 5)')
  expect(tiled.text).toContain('rute C5 (rad 3 av 3, kolonne 5 av 5) · side 16/32')

  const bad = await pdf('B5')
  expect(bad.status).toBe(400)
  expect(((await bad.json()) as { error: string }).error).toMatch(/A0.*A1.*A2.*A3.*A4/)
  expect((await pdf('A1', 'wrong-key-wrong-key-wrong')).status).toBe(403)
  expect((await fetch(`${server.url}/api/boards/unknown-board-id-000/export.pdf?key=x`)).status).toBe(404)
})

test('an empty board prints one page that says it is empty, not a blank sheet', async ({ server }) => {
  const board = await server.createBoard({ templateId: 'blank' })
  const pdf = await fetch(`${server.url}/api/boards/${board.id}/export.pdf?key=${board.viewKey}&paper=A3`)
  const printed = inspectPdf('empty.pdf', await pdf.arrayBuffer())
  expect(printed.pages).toBe(1)
  expect(printed.text).toContain('Tavla er tom')
})

/** Sheets per template: each is one page, or a page map and 15 A4 tiles when tiled. */
const SHEETS = {
  'lup-oppstart': 1,
  'lup-behovskartlegging': 1,
  'lup-markedsdialog': 1,
  'lup-ledelsesforankring': 2,
  'tidligfase-innovasjon': 1,
  blank: 1, // a board without a printed layer prints what is on it, as one sheet
}

for (const [templateId, sheets] of Object.entries(SHEETS)) {
  test(`${templateId}: the board's print panel downloads it at A1 and tiled onto A4`, async ({
    server,
    person,
  }) => {
    const board = await server.createBoard({ templateId })
    const page = await person(board.editUrl)
    // Words found nowhere in a template, with æøå. pdftotext may interleave a note's lines with
    // text beside it (and tiles cut them), so the PDFs are searched word by word.
    const words = ['Lappeteksten', 'ærfuglen', 'øyeblikkelig', 'åpenbart']
    await addNote(page, words.join(' '), 900, 900)
    await waitUntilSaved(page)
    await openBoardMenu(page)
    await page.getByRole('button', { name: 'Skriv ut' }).click()
    const panel = page.getByRole('region', { name: 'Skriv ut' })
    const downloadPdf = async (name: string) =>
      inspectPdf(name, (await downloadBy(panel.getByRole('link', { name: 'Last ned PDF' }))).bytes)

    await panel.getByLabel('Papir').selectOption('A1')
    const a1 = await downloadPdf(`${templateId}-a1.pdf`)
    expect(a1.pages).toBe(sheets)
    expect(new Set(a1.sizes.map((s) => s.join('x')))).toEqual(new Set(['2384x1684']))
    for (const word of words) expect(a1.text).toContain(word)
    expect(a1.images).toBe(0)

    await panel.getByLabel('Del opp på').selectOption('A4')
    const tiled = await downloadPdf(`${templateId}-tiled.pdf`)
    expect(tiled.pages).toBe(sheets * 16)
    expect(new Set(tiled.sizes.map((s) => s.join('x')))).toEqual(new Set(['595x842']))
    for (const word of words) expect(tiled.text).toContain(word)
  })
}

test('the print view says why when the link is wrong, and names the page after the board', async ({
  server,
  page,
}) => {
  const board = await server.createBoard({ templateId: 'lup-oppstart', title: 'Skolemat' })
  await page.goto(`${server.url}/print/${board.id}?key=wrong-key-wrong-key-wrong&paper=A4`)
  await expect(page.getByRole('alert')).toHaveText('Lenken mangler nøkkel eller nøkkelen er feil.')
  await page.goto(`${server.url}/print/unknown-board-id-000?key=x&paper=A4`)
  await expect(page.getByRole('alert')).toHaveText('Fant ikke tavla. Sjekk lenken.')
  await page.goto(`${server.url}/print/${board.id}?key=${board.viewKey}&paper=A4`)
  await expect(page).toHaveTitle('Skolemat – Bordduk') // the browser's "save as PDF" name
})
