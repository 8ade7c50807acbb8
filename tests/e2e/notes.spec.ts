import { mkdirSync, writeFileSync } from 'node:fs'

import type { Page } from '@playwright/test'

import { addNote, openBoard, waitUntilSaved } from './fixtures/boardPage.ts'
import { expect, test } from './fixtures/test.ts'

// Screenshots of filled, tidied boards to look at (kept out of git).
const SHOTS = 'test-results/notes-shots'
mkdirSync(SHOTS, { recursive: true })

interface Box {
  x: number
  y: number
  w: number
  h: number
}
interface PlacedNote extends Box {
  id: string
  scale: number
}

const overlap = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h
const inside = (a: Box, outer: Box) =>
  a.x >= outer.x - 0.01 &&
  a.y >= outer.y - 0.01 &&
  a.x + a.w <= outer.x + outer.w + 0.01 &&
  a.y + a.h <= outer.y + outer.h + 0.01

/** Every note on the board: page bounds and scale. */
function notesOf(page: Page): Promise<PlacedNote[]> {
  return page.evaluate(() => {
    const editor = window.editor!
    return editor
      .getCurrentPageShapes()
      .filter((s) => s.type === 'note')
      .map((n) => {
        const b = editor.getShapePageBounds(n)!
        return { id: n.id, x: b.x, y: b.y, w: b.w, h: b.h, scale: (n.props as { scale: number }).scale }
      })
      .sort((a, b) => a.id.localeCompare(b.id))
  })
}

/**
 * A section's rectangle and, measured in the browser as drawn, the page rectangles of its
 * printed text (number, title, prompts, the label cell of a table row) and of its "Rydd"
 * button: what no note may cover.
 */
function sectionOf(page: Page, shapeId: string): Promise<{ box: Box; text: Box[] }> {
  return page.evaluate((id) => {
    const editor = window.editor!
    const b = editor.getShapePageBounds(id as never)!
    const element = document.querySelector(`[data-shape-id="${id}"]`)!
    const text = [
      ...element.querySelectorAll(
        '.bd-section__heading, .bd-section__prompts, .bd-section__label, .bd-section__tidy',
      ),
    ].map((el) => {
      const r = el.getBoundingClientRect()
      const topLeft = editor.screenToPage({ x: r.left, y: r.top })
      const bottomRight = editor.screenToPage({ x: r.right, y: r.bottom })
      return { x: topLeft.x, y: topLeft.y, w: bottomRight.x - topLeft.x, h: bottomRight.y - topLeft.y }
    })
    return { box: { x: b.x, y: b.y, w: b.w, h: b.h }, text }
  }, shapeId)
}

/** The notes whose centre lies in `box`. */
function notesIn(notes: PlacedNote[], box: Box): PlacedNote[] {
  return notes.filter((n) => inside({ x: n.x + n.w / 2, y: n.y + n.h / 2, w: 0, h: 0 }, box))
}

/** No two notes overlap, none covers the section's text, all lie inside the section. */
function expectTidy(notes: PlacedNote[], section: { box: Box; text: Box[] }): void {
  for (const [i, note] of notes.entries()) {
    expect(inside(note, section.box), `${note.id} inside the section`).toBe(true)
    for (const text of section.text) expect(overlap(note, text), `${note.id} covers the prompts`).toBe(false)
    for (const other of notes.slice(i + 1))
      expect(overlap(note, other), `${note.id} overlaps ${other.id}`).toBe(false)
  }
}

async function sheetNoteScale(page: Page): Promise<number> {
  return page.evaluate(() => {
    const sheet = window.editor!.getCurrentPageShapes().find((s) => (s.type as string) === 'bd-sheet')!
    return (sheet.props as { noteScale: number }).noteScale
  })
}

test('"Rydd" lays 30 notes out inside their section below the prompts, for everyone, in one undo step', async ({
  server,
  person,
}) => {
  const board = await server.createBoard({ templateId: 'lup-behovskartlegging' })
  const a = await person(board.editUrl)
  const b = await person(board.editUrl)
  const id = 'shape:tpl-behovskartlegging-dagens-situasjon'
  const section = await sectionOf(a, id)

  // Thirty notes dropped anywhere in the section, over the prompts and each other too.
  for (let i = 0; i < 30; i++) {
    const x = section.box.x + ((i * 53) % (section.box.w - 60)) - 40
    const y = section.box.y + ((i * 97) % (section.box.h - 60)) - 30
    await addNote(a, `Lapp ${i + 1}`, x, y)
  }
  await waitUntilSaved(a)
  const before = await notesOf(a)
  expect(notesIn(before, section.box)).toHaveLength(30)

  await a.getByRole('button', { name: 'Rydd lappene i «Dagens situasjon» i rader under spørsmålene' }).click()
  const after = await notesOf(a)
  expect(after).toHaveLength(30)
  expectTidy(after, section)
  expect(after).not.toEqual(before)
  // Crowded: shrunk from the board's scale to fit, all to the same size.
  const scales = new Set(after.map((n) => n.scale))
  expect(scales.size).toBe(1)
  expect([...scales][0]).toBeLessThan(await sheetNoteScale(a))

  // The other browser gets the very same layout.
  await waitUntilSaved(a)
  await expect.poll(() => notesOf(b)).toEqual(after)
  expectTidy(await notesOf(b), await sectionOf(b, id))

  // One undo puts every note back where it was, for everyone.
  await a.evaluate(() => {
    window.editor!.undo()
  })
  expect(await notesOf(a)).toEqual(before)
  await expect.poll(() => notesOf(b)).toEqual(before)
})

test('a note made with the note tool near a section’s edge lands inside it, at the board’s scale', async ({
  server,
  person,
}) => {
  const board = await server.createBoard({ templateId: 'lup-oppstart' })
  const page = await person(board.editUrl)
  const id = 'shape:tpl-oppstart-strategiske-foringer'
  const section = await sectionOf(page, id)

  await page.getByTestId('tools.note').click()
  // Near the right edge, half a note from the bottom-right corner, and on the prompts.
  for (const at of [
    { x: section.box.x + section.box.w - 8, y: section.box.y + section.box.h - 10 },
    { x: section.box.x + 12, y: section.box.y + 90 },
  ]) {
    const point = await page.evaluate((p) => window.editor!.pageToViewport(p), at)
    await page.mouse.click(point.x, point.y)
    await page.keyboard.press('Escape')
    await page.getByTestId('tools.note').click()
  }
  const notes = await notesOf(page)
  expect(notes).toHaveLength(2)
  expectTidy(notes, section)
  const scale = await sheetNoteScale(page)
  expect(scale).toBe(0.42)
  for (const note of notes) expect(note.scale).toBe(scale)
})

test('"Rydd" works by touch', async ({ server, browser }) => {
  const board = await server.createBoard({ templateId: 'lup-oppstart' })
  const context = await browser.newContext({ hasTouch: true, viewport: { width: 1024, height: 768 } })
  const page = await context.newPage()
  await openBoard(page, board.editUrl)
  const id = 'shape:tpl-oppstart-mal-og-hensikt'
  const section = await sectionOf(page, id)
  for (let i = 0; i < 3; i++)
    await addNote(page, `Mål ${i}`, section.box.x + 200 - i * 60, section.box.y + 300 - i * 40)
  const before = await notesOf(page)
  expect(overlap(before[0]!, before[1]!) || overlap(before[1]!, before[2]!)).toBe(true)

  await page.getByRole('button', { name: /^Rydd lappene i «Mål og hensikt»/ }).tap()
  await expect.poll(async () => (await notesOf(page)).some((n, i) => n.x !== before[i]!.x)).toBe(true)
  expectTidy(await notesOf(page), section)
  await context.close()
})

test('the prompts end above the notes area in every section, as drawn by the browser, in both languages', async ({
  server,
  person,
}) => {
  // Ten boards (five templates, two languages), each opened in its own browser context.
  test.setTimeout(240_000)
  for (const templateId of [
    'lup-oppstart',
    'lup-behovskartlegging',
    'lup-markedsdialog',
    'lup-ledelsesforankring',
    'tidligfase-innovasjon',
  ]) {
    for (const locale of ['nb', 'en']) {
      const board = await server.createBoard({ templateId, locale })
      const page = await person(board.editUrl)
      await page.evaluate(() => {
        window.editor!.zoomToFit()
      })
      const checks = await page.evaluate(() => {
        const editor = window.editor!
        return editor
          .getCurrentPageShapes()
          .filter((s) => (s.type as string) === 'bd-section')
          .map((s) => {
            const element = document.querySelector(`[data-shape-id="${s.id}"]`)!
            const line = element.querySelector('.bd-section__notes-line')
            const last = [...element.querySelectorAll('.bd-section__heading, .bd-section__prompts li')].at(-1)
            if (!line || !last) return null
            return {
              id: s.id,
              textBottom: editor.screenToPage({ x: 0, y: last.getBoundingClientRect().bottom }).y,
              line: editor.screenToPage({ x: 0, y: line.getBoundingClientRect().top }).y,
            }
          })
          .filter((c) => c !== null)
      })
      expect(checks.length, templateId).toBeGreaterThan(0)
      for (const c of checks) expect(c.textBottom, `${c.id} (${locale})`).toBeLessThanOrEqual(c.line)
      // Ten live editors at once would slow the machine down for the rest: one at a time.
      await page.context().close()
    }
  }
})

/** Six notes per note-taking section, the most a template promises at its own scale. */
const FILL: Record<string, string[]> = {
  'lup-oppstart': ['Mål', 'Plan', 'Lov', 'Folk', 'Frist', 'Kroner'],
  'lup-behovskartlegging': ['I dag', 'Brukere', 'Intervju', 'Vi trenger å …', 'Effekt', 'Må'],
  'lup-markedsdialog': ['Lære', 'Leverandør', 'Møte', 'Doffin', 'Dato', 'Referat'],
  'lup-ledelsesforankring': ['Rådmann', 'Budsjett', 'Tid', 'Beslutning', 'Folk', 'Enighet'],
  'tidligfase-innovasjon': ['Behov', 'Team', 'Sted', 'Ideer', 'Oppsummering', 'Vedtak'],
}

for (const [templateId, words] of Object.entries(FILL)) {
  test(`${templateId}: six notes in every section tidy at the board’s scale, without overlap; screenshots and A1 PDF`, async ({
    server,
    browser,
  }) => {
    test.setTimeout(150_000)
    const board = await server.createBoard({ templateId })
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } })
    const page = await context.newPage()
    await openBoard(page, board.editUrl)
    await page.evaluate(() => {
      window.editor!.zoomToFit()
    })
    const sections = await page.evaluate(() =>
      window
        .editor!.getCurrentPageShapes()
        .filter(
          (s) =>
            (s.type as string) === 'bd-section' &&
            ['free', 'timeline', 'tableRow'].includes((s.props as { kind: string }).kind),
        )
        .map((s) => ({ id: s.id, title: (s.props as { title: string }).title })),
    )
    const scale = await sheetNoteScale(page)
    for (const s of sections) {
      const { box } = await sectionOf(page, s.id)
      // Scattered over the section, as a group puts them: overlapping, some on the prompts.
      for (const [i, word] of words.entries()) {
        await addNote(
          page,
          `${word} ${i + 1}`,
          // Centred at these points, so each note's centre lies in the section.
          box.x + 20 + ((i * 0.37 * box.w) % (box.w - 40)) - 100 * scale,
          box.y + 20 + ((i * 37) % (box.h - 40)) - 100 * scale,
        )
      }
      // By keyboard here (tldraw's style panel may lie over a button at the sheet's edge).
      await page
        .getByRole('button', { name: `Rydd lappene i «${s.title}» i rader under spørsmålene` })
        .press('Enter')
    }
    await waitUntilSaved(page)
    const notes = await notesOf(page)
    for (const s of sections) {
      const section = await sectionOf(page, s.id)
      const own = notesIn(notes, section.box)
      expect(own, s.id).toHaveLength(words.length)
      expectTidy(own, section)
      // Six fit at the template's own scale: "Rydd" did not need to shrink them.
      for (const note of own) expect(note.scale, s.id).toBe(scale)
    }

    const sheets = await page.evaluate(() =>
      window
        .editor!.getCurrentPageShapes()
        .filter((s) => (s.type as string) === 'bd-sheet')
        .map((s) => s.id as string),
    )
    for (const [i, sheet] of sheets.entries()) {
      await page.evaluate((id) => {
        const editor = window.editor!
        editor.selectNone()
        editor.zoomToBounds(editor.getShapePageBounds(id as never)!, { inset: 8 })
      }, sheet)
      await page.screenshot({ path: `${SHOTS}/${templateId}-${i + 1}-1366x768.png` })
    }
    const pdf = await fetch(`${server.url}/api/boards/${board.id}/export.pdf?key=${board.viewKey}&paper=A1`)
    expect(pdf.status).toBe(200)
    writeFileSync(`${SHOTS}/${templateId}-A1.pdf`, Buffer.from(await pdf.arrayBuffer()))
    await context.close()
  })
}
