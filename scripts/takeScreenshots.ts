// Regenerates the README's screenshots from a real server and browser:
//   node scripts/takeScreenshots.ts   (after pnpm build; needs Chromium)
// A workshop group fills "Behovskartlegging" (notes in several steps, tidied with Rydd, the
// header field filled, the facilitator's timer and message on the banner); the same board is
// then shot on every screen a workshop uses, with the dashboard and the print view.
import { chromium } from '@playwright/test'
import type { Browser, Page } from '@playwright/test'

import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/chromium.ts'

import { BorddukServer } from '../tests/e2e/fixtures/BorddukServer.ts'
import { addNote, openBoard, waitUntilSaved } from '../tests/e2e/fixtures/boardPage.ts'

const OUT = new URL('../docs/screenshots/', import.meta.url).pathname

/** What a group writes, step by step (section id → notes). */
const NOTES: Record<string, string[]> = {
  'dagens-situasjon': [
    'Vaktlista ligger i et regneark',
    'Bytter avtales på SMS',
    'Dobbeltregistrering i to fagsystem',
  ],
  'hvem-berores': ['Hjemmetjenesten', 'Brukere og pårørende', 'Turnusansvarlige'],
  'behov-vi-har-funnet': [
    'Vi trenger å se vaktlista fra mobilen',
    'Vi trenger færre dobbeltregistreringer',
    'Vi trenger å bytte vakter uten telefon',
    'Vi trenger oversikt over ledige vakter',
  ],
  prioritering: ['Må: mobil', 'Bør: vaktbytte', 'Kan: statistikk'],
}

interface Workshop {
  id: string
  facilitatorKey: string
  dashboardUrl: string
  groups: { boardId: string; editUrl: string; viewUrl: string }[]
}

async function createWorkshop(server: BorddukServer): Promise<Workshop> {
  const response = await fetch(`${server.url}/api/workshops`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ templateId: 'lup-behovskartlegging', groups: 2, title: 'Vaktplanlegging' }),
  })
  return (await response.json()) as Workshop
}

async function facilitatorSays(server: BorddukServer, workshop: Workshop, path: string, body: object) {
  const url = `${server.url}/api/workshops/${workshop.id}/${path}?key=${workshop.facilitatorKey}`
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  })
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`)
}

/** A point inside a section, below its heading, in page coordinates. */
async function pointIn(page: Page, sectionId: string): Promise<{ x: number; y: number }> {
  return page.evaluate((sectionId) => {
    const editor = window.editor!
    const section = editor
      .getCurrentPageShapes()
      .find((s) => (s.props as { sectionId?: string }).sectionId === sectionId)!
    const bounds = editor.getShapePageBounds(section)!
    return { x: bounds.x + bounds.w / 3, y: bounds.y + bounds.h / 2 }
  }, sectionId)
}

async function fillBoard(page: Page): Promise<void> {
  for (const [sectionId, texts] of Object.entries(NOTES)) {
    const at = await pointIn(page, sectionId)
    // Dropped roughly on top of each other, as people do; Rydd sorts them below.
    for (const [i, text] of texts.entries()) await addNote(page, text, at.x + i * 30, at.y + i * 20)
  }
  // Rydd on every section that has notes: the button is named after the section's title.
  for (const title of ['Dagens situasjon', 'Hvem berøres', 'Behov vi har funnet', 'Prioritering']) {
    await page.getByRole('button', { name: `Rydd lappene i «${title}» i rader under spørsmålene` }).click()
  }
  const field = page.getByRole('textbox', { name: 'Anskaffelse' })
  if ((await field.count()) > 0) {
    await field.click()
    await field.fill('Digital vaktplanlegging i hjemmetjenesten')
    await page.keyboard.press('Escape')
  }
}

async function shoot(
  browser: Browser,
  url: string,
  viewport: { width: number; height: number },
  file: string,
) {
  const context = await browser.newContext({ viewport, hasTouch: viewport.width < 1000 })
  const page = await context.newPage()
  await openBoard(page, url, 'Ola')
  await page.waitForTimeout(600)
  await page.screenshot({ path: `${OUT}${file}` })
  await context.close()
}

const server = await BorddukServer.start()
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS })
try {
  const viewport = { width: 1366, height: 768 }
  const start = await (await browser.newContext({ viewport })).newPage()
  await start.goto(server.url)
  await start
    .locator('.template-card__preview')
    .last()
    .evaluate((img: HTMLImageElement) => img.decode())
  await start.screenshot({ path: `${OUT}start.png`, fullPage: true })

  const workshop = await createWorkshop(server)
  const group = workshop.groups[0]!
  const kari = await (await browser.newContext({ viewport })).newPage()
  await openBoard(kari, group.editUrl, 'Kari')
  await fillBoard(kari)
  await facilitatorSays(server, workshop, 'timer', { action: 'start', durationMs: 25 * 60_000 })
  await facilitatorSays(server, workshop, 'message', { text: 'Skriv behovene – ikke løsningene!' })
  await waitUntilSaved(kari)

  // A second person looks at the same board on every screen size of a workshop.
  await shoot(browser, group.editUrl, viewport, 'board.png')
  await shoot(browser, group.editUrl, { width: 1920, height: 1080 }, 'board-projector.png')
  await shoot(browser, group.editUrl, { width: 768, height: 1024 }, 'board-tablet.png')
  await shoot(browser, group.editUrl, { width: 390, height: 844 }, 'board-phone.png')

  // The outline beside the canvas, as a screen-reader or keyboard user works the same board,
  // and its own page on a phone.
  const outlined = await (await browser.newContext({ viewport })).newPage()
  await openBoard(outlined, group.editUrl, 'Per')
  await outlined.getByRole('button', { name: 'Tavle' }).click()
  await outlined.getByRole('button', { name: 'Disposisjon' }).click()
  await outlined.getByRole('complementary', { name: 'Disposisjon' }).waitFor()
  await outlined.waitForTimeout(600)
  await outlined.screenshot({ path: `${OUT}board-outline.png` })
  const phone = await (
    await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true })
  ).newPage()
  const outlineUrl = new URL(group.editUrl)
  outlineUrl.pathname += '/outline'
  await phone.goto(outlineUrl.href)
  // The outline page has no canvas (no window.editor): the name prompt is answered here.
  await phone.getByLabel('Navn').fill('Siri')
  await phone.getByLabel('Navn').press('Enter')
  await phone.getByRole('heading', { level: 3 }).first().waitFor()
  await phone.screenshot({ path: `${OUT}outline-phone.png` })

  const statement = await (await browser.newContext({ viewport })).newPage()
  await statement.goto(`${server.url}/tilgjengelighet`)
  await statement.getByRole('heading', { level: 1 }).waitFor()
  await statement.screenshot({ path: `${OUT}statement.png`, fullPage: true })

  const dashboard = await (await browser.newContext({ viewport })).newPage()
  await dashboard.goto(workshop.dashboardUrl)
  await dashboard
    .locator('.group-card__thumbnail')
    .first()
    .evaluate((img: HTMLImageElement) => img.decode())
  await dashboard.waitForTimeout(1500)
  await dashboard.screenshot({ path: `${OUT}dashboard.png`, fullPage: true })

  // The print view of the same board: downloads above, the A1 page below.
  const print = await (await browser.newContext({ viewport: { width: 1280, height: 1100 } })).newPage()
  await print.goto(`${server.url}/print/${group.boardId}?${new URL(group.viewUrl).searchParams}&paper=A1`)
  await print.waitForFunction(() => (window as { borddukPrintReady?: boolean }).borddukPrintReady === true)
  await print.screenshot({ path: `${OUT}print.png` })
} finally {
  await browser.close()
  await server.stop()
}
console.log(`screenshots written to ${OUT}`)
