import { expect, test } from '@playwright/test'
import type { Browser, Page } from '@playwright/test'

import { addNote, noteTexts, openBoard, waitUntilSaved } from './fixtures/boardPage.ts'
import { Cluster } from './fixtures/Cluster.ts'

// Two Bordduk processes, one database, one Redis, behind nginx with no stickiness.
test.describe.configure({ mode: 'serial' })
let cluster: Cluster
test.beforeAll(async () => {
  cluster = await Cluster.start(2)
})
test.afterAll(async () => {
  await cluster?.stop()
})

async function createBoard(base: string) {
  const response = await fetch(`${base}/api/boards`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ templateId: 'blank' }),
  })
  expect(response.status).toBe(201)
  return (await response.json()) as { id: string; editKey: string; viewKey: string }
}

const openedPages: Page[] = []
test.afterEach(async () => {
  for (const page of openedPages.splice(0)) await page.context().close()
})

async function person(browser: Browser, url: string, name: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage()
  openedPages.push(page)
  await openBoard(page, url, name)
  return page
}

const collaboratorNames = (page: Page) =>
  page.evaluate(() => window.editor!.getCollaborators().map((c) => c.userName))

test('browsers on instance A and on instance B see each other’s notes and cursors within 1 s', async ({
  browser,
}) => {
  const [a, b] = cluster.instances
  const board = await createBoard(cluster.url)
  const kari = await person(browser, `${a!.url}/b/${board.id}?key=${board.editKey}`, 'Kari')
  const ola = await person(browser, `${b!.url}/b/${board.id}?key=${board.editKey}`, 'Ola')
  expect(await cluster.connections()).toEqual([1, 1])

  await addNote(kari, 'Skrevet på A', 100, 100)
  await expect.poll(() => noteTexts(ola), { timeout: 1_000 }).toEqual(['Skrevet på A'])
  await addNote(ola, 'Skrevet på B', 400, 100)
  await expect.poll(() => noteTexts(kari), { timeout: 1_000 }).toEqual(['Skrevet på A', 'Skrevet på B'])

  await kari.mouse.move(500, 400)
  await kari.mouse.move(520, 420)
  await expect.poll(() => collaboratorNames(ola), { timeout: 1_000 }).toContain('Kari')
  await expect.poll(() => collaboratorNames(kari), { timeout: 1_000 }).toContain('Ola')
})

test('SIGKILL the instance a browser is on: it reconnects through nginx to the other, no edit lost', async ({
  browser,
}) => {
  const board = await createBoard(cluster.url)
  const link = `${cluster.url}/b/${board.id}?key=${board.editKey}`
  const kari = await person(browser, link, 'Kari')
  const where = await cluster.connections()
  const kariOn = where.indexOf(1)
  expect(kariOn).toBeGreaterThanOrEqual(0)
  const ola = await person(browser, link, 'Ola')

  // Both keep writing while Kari's instance is killed mid-stream.
  const written: string[] = []
  const writeRound = async (round: number) => {
    for (const [name, page] of [
      ['Kari', kari],
      ['Ola', ola],
    ] as const) {
      const text = `${name} ${round}`
      await addNote(page, text, 60 + round * 30, name === 'Kari' ? 100 : 400)
      written.push(text)
    }
  }
  for (let round = 0; round < 4; round++) await writeRound(round)
  const victim = cluster.instances[kariOn]!
  await victim.kill('SIGKILL')
  for (let round = 4; round < 8; round++) {
    await writeRound(round)
    await new Promise((resolve) => setTimeout(resolve, 150))
  }

  await expect(kari.getByTestId('sync-link')).toHaveText(/Tilkoblet/, { timeout: 20_000 })
  await expect(ola.getByTestId('sync-link')).toHaveText(/Tilkoblet/, { timeout: 20_000 })
  const all = [...written].sort()
  await expect.poll(() => noteTexts(kari), { timeout: 15_000 }).toEqual(all)
  await expect.poll(() => noteTexts(ola), { timeout: 15_000 }).toEqual(all)
  await waitUntilSaved(kari)
  await waitUntilSaved(ola)

  // The killed instance comes back and serves the same board, read from the shared store.
  await cluster.startInstance(victim)
  const per = await person(browser, `${victim.url}/b/${board.id}?key=${board.viewKey}`, 'Per')
  await expect.poll(() => noteTexts(per), { timeout: 10_000 }).toEqual(all)
})
