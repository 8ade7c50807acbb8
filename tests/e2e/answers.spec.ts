import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import type { Page } from '@playwright/test'

import { addNote, openBoardMenu, waitUntilSaved } from './fixtures/boardPage.ts'
import { downloadBy } from './fixtures/download.ts'
import { expect, test } from './fixtures/test.ts'

const dir = mkdtempSync(join(tmpdir(), 'bordduk-answers-'))

/** The three answer files, downloaded from the board's print panel as a person would. */
async function downloadAnswers(page: Page) {
  await openBoardMenu(page)
  await page.getByRole('button', { name: 'Skriv ut' }).click()
  const panel = page.getByRole('region', { name: 'Skriv ut' })
  const fetchLink = async (name: string) => (await downloadBy(panel.getByRole('link', { name }))).bytes
  const md = (await fetchLink('Svar (Markdown)')).toString('utf8')
  const csv = (await fetchLink('Svar (CSV, regneark)')).toString('utf8')
  const file = join(dir, `${Math.random().toString(36).slice(2)}.docx`)
  writeFileSync(file, await fetchLink('Svar (Word)'))
  const xml = execFileSync('unzip', ['-p', file, 'word/document.xml'], { encoding: 'utf8' })
  // Word's text runs, joined per paragraph: what a reader of the document sees.
  const docx = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)]
    .map((p) => [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''))
    .join('\n')
  await page.keyboard.press('Escape')
  return { md, csv, docx }
}

async function boundsOf(page: Page, id: string) {
  return page.evaluate((shapeId) => {
    const b = window.editor!.getShapePageBounds(shapeId as never)!
    return { x: b.x, y: b.y, w: b.w, h: b.h }
  }, id)
}

test('answers keep the header text, the table notes with row and column, and text shapes', async ({
  server,
  person,
}) => {
  const board = await server.createBoard({ templateId: 'lup-ledelsesforankring', title: 'Skolemat' })
  const page = await person(board.editUrl)
  await page.evaluate(() => {
    window.editor!.zoomToBounds({ x: 1000, y: 0, w: 700, h: 300 }, { inset: 0 })
  })
  // The first "Anskaffelse" is the first sheet's ("Hvem").
  await page.getByRole('textbox', { name: 'Anskaffelse', exact: true }).first().click()
  await page.keyboard.type('Skolemat for 1.–4. trinn')

  // Notes in the middle and right cells of "Politisk nivå": the sheet's table, 300 units of label first.
  const row = await boundsOf(page, 'shape:tpl-hvem-politisk-niva')
  const cell = (row.w - 300) / 3
  await addNote(page, 'Vedtak i kommunestyret', row.x + 300 + cell + 20, row.y + 10)
  await addNote(page, 'Rådmannen vil ha tall', row.x + 300 + 2 * cell + 20, row.y + 10)
  const other = await boundsOf(page, 'shape:tpl-hvem-toppledelse')
  await page.evaluate(
    ({ x, y }) =>
      window.editor!.createShape({
        type: 'text',
        x,
        y,
        props: {
          richText: {
            type: 'doc',
            content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Spør økonomisjefen' }] }],
          },
        },
      }),
    { x: other.x + 320, y: other.y + 20 },
  )
  await waitUntilSaved(page)

  const { md, csv, docx } = await downloadAnswers(page)
  const middle = 'Hva trenger vi fra dem (beslutning, tid, folk, kompetanse, enighet)?'
  const right = 'Hva er de opptatt av?'
  const left = 'Hva betyr anskaffelsen for dem?'

  expect(md).toContain('## Hvem\n\n- **Anskaffelse:** Skolemat for 1.–4. trinn\n')
  const politisk = md.split('### 1. Politisk nivå · 2 lapper\n')[1]!.split('\n### ')[0]!
  expect(politisk).toContain(`#### ${middle}\n\n- Vedtak i kommunestyret _(gul`)
  expect(politisk).toContain(`#### ${right}\n\n- Rådmannen vil ha tall _(gul`)
  expect(md).toContain(
    `### 2. Toppledelse · 0 lapper, 1 tekst\n\n#### ${left}\n\n- Spør økonomisjefen _(tekst)_`,
  )

  expect(csv).toContain('Hvem,,Anskaffelse,,felt,Skolemat for 1.–4. trinn,,\r\n')
  expect(csv).toContain(`Hvem,1,Politisk nivå,"${middle}",lapp,Vedtak i kommunestyret,gul,\r\n`)
  expect(csv).toContain(`Hvem,1,Politisk nivå,${right},lapp,Rådmannen vil ha tall,gul,\r\n`)
  expect(csv).toContain(`Hvem,2,Toppledelse,${left},tekst,Spør økonomisjefen,,\r\n`)

  expect(docx).toContain('Anskaffelse: Skolemat for 1.–4. trinn')
  expect(docx).toContain(
    `1. Politisk nivå · 2 lapper\n${middle}\nVedtak i kommunestyret (gul)\n${right}\nRådmannen vil ha tall (gul)`,
  )
  expect(docx).toContain(`2. Toppledelse · 0 lapper, 1 tekst\n${left}\nSpør økonomisjefen (tekst)`)
})

test('answers keep the checklist with every item ticked or not', async ({ server, person }) => {
  const board = await server.createBoard({ templateId: 'tidligfase-innovasjon', title: 'Innbyggerdialog' })
  const page = await person(board.editUrl)
  await page.getByRole('checkbox', { name: /Vi kan sette av tid og folk/ }).click()
  await waitUntilSaved(page)

  const { md, csv, docx } = await downloadAnswers(page)
  expect(md).toContain('- ☑ Vi kan sette av tid og folk.')
  expect(md).toContain('- ☐ Utfordringen er sammensatt og har ingen kjent løsning.')
  expect(csv).toMatch(/,sjekkliste,☑ Vi kan sette av tid og folk\.,,\r\n/)
  expect(csv).toMatch(/,sjekkliste,☐ Utfordringen er sammensatt og har ingen kjent løsning\.,,\r\n/)
  expect(docx).toContain('☑ Vi kan sette av tid og folk.')
  expect(docx).toContain('☐ Utfordringen er sammensatt og har ingen kjent løsning.')
})
