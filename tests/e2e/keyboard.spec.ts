import type { Page } from '@playwright/test'

import { expectNoAxeViolations } from './fixtures/axe.ts'
import { expect, test } from './fixtures/test.ts'
import { noteTexts, waitUntilSaved } from './fixtures/boardPage.ts'

/** A LUP template with a checklist and five note-taking sections (Forberedelse … Etterarbeid). */
const TEMPLATE = 'tidligfase-innovasjon'
/** What has keyboard focus on the canvas: the one selected shape, named by type and text. */
async function focusedShape(page: Page): Promise<string> {
  return page.evaluate(() => {
    const shape = window.editor!.getOnlySelectedShape()
    if (!shape) return ''
    const props = shape.props as { title?: string; label?: string }
    return `${shape.type}:${props.title ?? props.label ?? ''}`
  })
}

/** Presses Tab (tldraw's shape navigation) until the shape `wanted` has focus. */
async function tabToShape(page: Page, wanted: RegExp): Promise<void> {
  for (let i = 0; i < 30 && !wanted.test(await focusedShape(page)); i++) await page.keyboard.press('Tab')
  expect(await focusedShape(page)).toMatch(wanted)
}

/** Presses Tab until the element `target` has DOM focus. */
async function tabTo(page: Page, target: ReturnType<Page['locator']>, key = 'Tab'): Promise<void> {
  for (let i = 0; i < 30; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) break
    await page.keyboard.press(key)
  }
  await expect(target).toBeFocused()
}

/** The focused element draws a focus indicator: an outline or a box shadow. */
async function expectVisibleFocus(page: Page): Promise<void> {
  const style = await page.evaluate(() => {
    const el = document.activeElement!
    const s = getComputedStyle(el)
    return { outline: s.outlineStyle === 'none' ? 'none' : s.outlineWidth, shadow: s.boxShadow }
  })
  expect(style.outline !== 'none' && style.outline !== '0px' ? true : style.shadow !== 'none').toBe(true)
}

/** The title of the note-taking section the note's centre lies in. */
async function sectionOfNote(page: Page, noteId: string): Promise<string | undefined> {
  return page.evaluate((id) => {
    const editor = window.editor!
    const c = editor.getShapePageBounds(id as never)!.center
    // The tests' tsconfig knows tldraw's own shapes only: read ours as plain records.
    const shapes = editor.getCurrentPageShapes() as unknown as {
      type: string
      x: number
      y: number
      props: { w: number; h: number; title?: string }
    }[]
    const section = shapes.find(
      (s) =>
        s.type === 'bd-section' && c.x >= s.x && c.x < s.x + s.props.w && c.y >= s.y && c.y < s.y + s.props.h,
    )
    return section?.props.title
  }, noteId)
}

async function noteIds(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    window
      .editor!.getCurrentPageShapes()
      .filter((s) => s.type === 'note')
      .map((s) => s.id),
  )
}

/** Joins a board as a new person, with the keyboard: the name prompt, then into the canvas. */
async function joinWithKeyboard(page: Page, url: string): Promise<void> {
  await page.goto(url)
  await expect(page.getByLabel('Navn')).toBeFocused()
  await page.keyboard.type('Kari')
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('sync-link')).toHaveText('Tilkoblet')
}

/** From anywhere on the page: Tab to tldraw's "move focus to the canvas" button and press it. */
async function enterCanvas(page: Page): Promise<void> {
  await tabTo(page, page.getByRole('button', { name: 'Flytt fokus til lerret' }))
  await expectVisibleFocus(page)
  await page.keyboard.press('Enter')
  await expect.poll(() => focusedShape(page)).not.toBe('')
  // tldraw hands focus to the canvas a moment after selecting the first shape.
  await expect(page.locator('.tl-container')).toBeFocused()
}

test('a participant works a template board with the keyboard alone', async ({ page, server }) => {
  test.setTimeout(120_000)
  const board = await server.createBoard({ templateId: TEMPLATE })
  await joinWithKeyboard(page, board.editUrl)
  const live = page.getByTestId('live-region')

  // Into the canvas, and on to a section: it shows a focus ring, and says what Enter does.
  await enterCanvas(page)
  await tabToShape(page, /^bd-section:Forberedelse$/)
  const forberedelse = page.locator('.bd-section.bd-kbd-focus')
  await expect(forberedelse).toHaveCount(1)
  await expect(forberedelse).toHaveCSS('box-shadow', /rgb\(11, 58, 130\)/)
  await expect(forberedelse.getByRole('button', { name: 'Ny lapp i «Forberedelse» (Enter)' })).toBeVisible()
  await expect(live).toContainText('«Forberedelse». Trykk Enter for ny lapp, seksjon.')

  // Enter: a note in that section, open for typing; Escape ends the typing.
  await page.keyboard.press('Enter')
  await expect(live).toContainText('Lapp lagt til i «Forberedelse»')
  await page.keyboard.type('Spør brukerne først')
  await page.keyboard.press('Escape')
  expect(await noteTexts(page)).toEqual(['Spør brukerne først'])
  const [noteId] = await noteIds(page)
  expect(await sectionOfNote(page, noteId!)).toBe('Forberedelse')
  expect(await focusedShape(page)).toBe('note:')
  // The selected note's colour is named in words, on screen.
  await expect(page.getByTestId('note-colour-label')).toHaveText('Gul lapp')
  await expectNoAxeViolations(page, { minPasses: 6 })

  // Alt+M: move it to another section, chosen in a dialog.
  await page.keyboard.press('Alt+m')
  const dialog = page.getByRole('dialog', { name: 'Flytt lappen til en seksjon' })
  await expect(dialog).toBeVisible()
  await expectNoAxeViolations(page, { minPasses: 6 })
  const oppstart = dialog.getByRole('button', { name: /Oppstart$/ })
  await tabTo(page, oppstart)
  await expectVisibleFocus(page)
  await page.keyboard.press('Enter')
  await expect(dialog).toBeHidden()
  await expect(live).toContainText('Lapp flyttet til «Oppstart»')
  expect(await sectionOfNote(page, noteId!)).toBe('Oppstart')
  expect(await focusedShape(page)).toBe('note:')

  // "Rydd" on a focused section, from the context menu that Ctrl+Shift+Enter opens.
  await tabToShape(page, /^bd-section:Oppstart$/)
  await page.keyboard.press('Control+Shift+Enter')
  const tidy = page.getByRole('menuitem', { name: 'Rydd lappene i seksjonen' })
  await expect(tidy).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(tidy).toBeHidden()
  await expect(live).toContainText('Lappene i «Oppstart» er ryddet')
  expect(await sectionOfNote(page, noteId!)).toBe('Oppstart')

  // A checklist item: Space ticks it.
  await tabToShape(page, /^bd-check:Vi er åpne for uventede utfall\.$/)
  await expect(page.locator('.bd-check.bd-kbd-focus')).toHaveCSS('box-shadow', /rgb\(11, 58, 130\)/)
  await page.keyboard.press(' ')
  await expect(live).toContainText('Avkrysset: Vi er åpne for uventede utfall.')
  await expect(page.getByRole('checkbox', { name: 'Vi er åpne for uventede utfall.' })).toBeChecked()

  // Back to the note: tldraw's selection message comes through our one live region, colour first.
  await tabToShape(page, /^note:$/)
  await expect(live).toContainText('Gul lapp: Spør brukerne først')
  // tldraw's own (assertive) region is not rendered: its messages come through ours.
  await expect(page.locator('[aria-live="assertive"]')).toHaveCount(0)
  // Delete removes it.
  await page.keyboard.press('Delete')
  await expect(live).toContainText('Lapp slettet')
  expect(await noteIds(page)).toEqual([])
  await waitUntilSaved(page)

  // Out of the canvas: Escape lets go of the shapes, Tab goes on to the page's controls.
  await page.keyboard.press('Escape')
  expect(await focusedShape(page)).toBe('')
  await tabTo(page, page.getByRole('button', { name: 'Tavle' }))
  await expectVisibleFocus(page)
})

test('single-key shortcuts can be turned off, and that is remembered', async ({ page, server }) => {
  const board = await server.createBoard({ templateId: TEMPLATE })
  await joinWithKeyboard(page, board.editUrl)
  const toolAfterN = async () => {
    await page.keyboard.press('n')
    const tool = await page.evaluate(() => window.editor!.getCurrentToolId())
    await page.keyboard.press('Escape')
    return tool
  }

  // On at first: N picks the note tool.
  await enterCanvas(page)
  expect(await toolAfterN()).toBe('note')

  // Off, in the board menu (Escape lets go of the selected shape, so Tab leaves the canvas).
  await page.keyboard.press('Escape')
  const menu = page.getByRole('button', { name: 'Tavle' })
  await tabTo(page, menu)
  await page.keyboard.press('Enter')
  const toggle = page.getByRole('checkbox', { name: 'Hurtigtaster på tavla (som N for lapp)' })
  await expect(toggle).toBeChecked()
  await tabTo(page, toggle)
  await expectVisibleFocus(page)
  await page.keyboard.press(' ')
  await expect(toggle).not.toBeChecked()
  await page.keyboard.press('Escape')
  await expect(menu).toBeFocused()

  // Now N does nothing on the canvas: no tool, no note, no text anywhere.
  await tabTo(page, page.getByRole('button', { name: 'Flytt fokus til lerret' }), 'Shift+Tab')
  await page.keyboard.press('Enter')
  await expect.poll(() => focusedShape(page)).not.toBe('')
  await expect(page.locator('.tl-container')).toBeFocused()
  expect(await toolAfterN()).toBe('select')
  expect(await noteIds(page)).toEqual([])
  // Enter on a section and Alt+M still work: they are not single-key shortcuts.
  await tabToShape(page, /^bd-section:Oppstart$/)
  await page.keyboard.press('Enter')
  await page.keyboard.press('Escape')
  await page.keyboard.press('Alt+m')
  await expect(page.getByRole('dialog', { name: 'Flytt lappen til en seksjon' })).toBeVisible()
  await page.keyboard.press('Escape')
  // Delete is no character key either: it still removes the selected note.
  await expect.poll(() => noteIds(page)).toHaveLength(1)
  await expect(page.locator('.tl-container')).toBeFocused()
  await page.keyboard.press('Delete')
  await expect.poll(() => noteIds(page)).toEqual([])
  await expect(page.getByTestId('live-region')).toContainText('Lapp slettet')

  // Remembered in this browser.
  await page.reload()
  await expect(page.getByTestId('sync-link')).toHaveText('Tilkoblet')
  expect(await page.evaluate(() => window.editor!.user.getAreKeyboardShortcutsEnabled())).toBe(false)
  await enterCanvas(page)
  expect(await toolAfterN()).toBe('select')
  await page.keyboard.press('Escape')
  await tabTo(page, menu)
  await page.keyboard.press('Enter')
  await expect(toggle).not.toBeChecked()
})
