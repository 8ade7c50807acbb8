import { addNote, openBoard, passNamePrompt, waitUntilSaved } from './fixtures/boardPage.ts'
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

test('no page breaks our Content-Security-Policy: start, board, print view and workshop dashboard', async ({
  browser,
  server,
}) => {
  const context = await browser.newContext()
  // Recorded in the page before any of its scripts run, so every violation is seen.
  await context.addInitScript(() => {
    const seen: string[] = []
    Object.assign(window, { borddukCspViolations: seen })
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.violatedDirective} ${event.blockedURI}`),
    )
  })
  const violations = (page: Awaited<ReturnType<typeof context.newPage>>) =>
    page.evaluate(() => (window as unknown as { borddukCspViolations: string[] }).borddukCspViolations)
  const page = await context.newPage()
  const response = await page.goto(server.url)
  expect(response!.headers()['content-security-policy']).toContain("script-src 'self'")
  expect(await violations(page)).toEqual([])

  const board = await server.createBoard({ templateId: 'lup-oppstart' })
  await openBoard(page, board.editUrl)
  await addNote(page, 'Innenfor reglene')
  await waitUntilSaved(page)
  expect(await violations(page)).toEqual([])

  await page.goto(`${server.url}/print/${board.id}?key=${board.viewKey}&paper=A3`)
  await page.waitForFunction(() => (window as { borddukPrintReady?: boolean }).borddukPrintReady === true)
  expect(await violations(page)).toEqual([])

  const created = await fetch(`${server.url}/api/workshops`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ templateId: 'lup-oppstart', groups: 2 }),
  })
  const { dashboardUrl } = (await created.json()) as { dashboardUrl: string }
  await page.goto(dashboardUrl)
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await page.waitForTimeout(500) // thumbnails and QR codes load after the first paint
  expect(await violations(page)).toEqual([])
  await context.close()
})
