import { addNote, passNamePrompt, waitUntilSaved } from './fixtures/boardPage.ts'
import { expect, test } from './fixtures/test.ts'

test('the app makes no request to any host but its own (fonts, icons, translations are bundled)', async ({
  browser,
  server,
}) => {
  const context = await browser.newContext()
  const requested: string[] = []
  context.on('request', (request) => requested.push(request.url()))
  const page = await context.newPage()
  page.on('websocket', (socket) => requested.push(socket.url()))

  await page.goto(server.url)
  await page.getByRole('button', { name: 'Lag tavle: Behovskartlegging' }).click()
  await page.waitForURL(/\/b\//)
  await passNamePrompt(page)
  await addNote(page, 'Skrift og ikoner')
  // Open menus that load icons and the translations; draw text so fonts load.
  await page.keyboard.press('t')
  await page.mouse.click(600, 500)
  await page.keyboard.type('Hei')
  await page.keyboard.press('Escape')
  await page
    .getByRole('button', { name: /Hovedmeny|Main menu|Meny|Menu/i })
    .first()
    .click()
  await waitUntilSaved(page)
  await page.evaluate(() => document.fonts.ready)

  const own = new URL(server.url)
  const foreign = requested.filter((url) => {
    const u = new URL(url)
    if (u.protocol === 'data:' || u.protocol === 'blob:') return false
    return u.host !== own.host
  })
  expect(requested.length).toBeGreaterThan(10)
  expect(requested.some((url) => url.includes('/assets/') && url.endsWith('.woff2'))).toBe(true)
  expect(requested.some((url) => url.includes('.json'))).toBe(true)
  expect(foreign).toEqual([])
  await context.close()
})
