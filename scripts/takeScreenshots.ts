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
  await start.screenshot({ path: `${OUT}start.png` })

  const board = await server.createBoard()
  const a = await (await browser.newContext({ viewport })).newPage()
  const b = await (await browser.newContext({ viewport })).newPage()
  await openBoard(a, board.editUrl)
  await openBoard(b, board.editUrl)
  await addNote(a, 'Behov: færre papirskjema i hjemmetjenesten', 180, 160)
  await addNote(b, 'Hvem berøres? Brukere, pårørende, ansatte', 420, 200)
  await addNote(a, 'Spør markedet tidlig', 660, 160)
  await a.keyboard.press('d')
  await a.mouse.move(250, 480)
  await a.mouse.down()
  for (let i = 0; i <= 20; i++) await a.mouse.move(250 + i * 18, 480 + Math.sin(i / 3) * 30)
  await a.mouse.up()
  await a.keyboard.press('Escape')
  await a.mouse.move(700, 520)
  await waitUntilSaved(a)
  await b.waitForTimeout(400)
  await b.screenshot({ path: `${OUT}board.png` })
} finally {
  await browser.close()
  await server.stop()
}
console.log(`screenshots written to ${OUT}`)
