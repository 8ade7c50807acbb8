// Regenerates the README's screenshots from a real server and browser:
//   node scripts/takeScreenshots.ts   (after pnpm build; needs Chromium)
import { chromium } from '@playwright/test'

import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/chromium.ts'

import { BorddukServer } from '../tests/e2e/fixtures/BorddukServer.ts'
import { addNote, openBoard, waitUntilSaved } from '../tests/e2e/fixtures/boardPage.ts'

const OUT = new URL('../docs/screenshots/', import.meta.url).pathname
const server = await BorddukServer.start()
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: CHROMIUM_ARGS,
})
try {
  const viewport = { width: 1280, height: 760 }
  const start = await (await browser.newContext({ viewport })).newPage()
  await start.goto(server.url)
  await start
    .locator('.template-card__preview')
    .last()
    .evaluate((img: HTMLImageElement) => img.decode())
  await start.screenshot({ path: `${OUT}start.png`, fullPage: true })

  const board = await server.createBoard({ templateId: 'lup-behovskartlegging' })
  const a = await (await browser.newContext({ viewport })).newPage()
  const b = await (await browser.newContext({ viewport })).newPage()
  await openBoard(a, board.editUrl)
  await openBoard(b, board.editUrl)
  // Notes in sections 1, 2, 4 and 7 (page coordinates on the A1 sheet).
  await addNote(a, 'Skjema på papir tar tid', 60, 300)
  await addNote(b, 'Brukere, pårørende, hjemmetjenesten', 480, 300)
  await addNote(a, 'Vi trenger å se vaktlista fra mobilen', 1300, 300)
  await addNote(b, 'Vi trenger færre dobbeltregistreringer', 890, 900)
  await a.keyboard.press('d')
  await a.mouse.move(420, 560)
  await a.mouse.down()
  for (let i = 0; i <= 20; i++) await a.mouse.move(420 + i * 9, 560 + Math.sin(i / 3) * 12)
  await a.mouse.up()
  await a.keyboard.press('Escape')
  await a.mouse.move(700, 520)
  await waitUntilSaved(a)
  await b.waitForTimeout(400)
  await b.screenshot({ path: `${OUT}board.png` })

  // The print view of the same board: downloads above, the A1 page below.
  const print = await (await browser.newContext({ viewport: { width: 1280, height: 1100 } })).newPage()
  await print.goto(`${server.url}/print/${board.id}?key=${board.viewKey}&paper=A1`)
  await print.waitForFunction(() => (window as { borddukPrintReady?: boolean }).borddukPrintReady === true)
  await print.screenshot({ path: `${OUT}print.png` })
} finally {
  await browser.close()
  await server.stop()
}
console.log(`screenshots written to ${OUT}`)
