import { DocumentRecordType, PageRecordType, TLDOCUMENT_ID, createTLSchema } from '@tldraw/tlschema'

import { expectNoAxeViolations } from './fixtures/axe.ts'
import { passNamePrompt } from './fixtures/boardPage.ts'
import { expect, test } from './fixtures/test.ts'

/** A `.tldr` file as stock tldraw writes one: two labelled rectangles on one page. */
function tldrFile(): string {
  const page = PageRecordType.create({ id: 'page:one' as never, name: 'Side', index: 'a1' as never })
  const shape = (id: string, x: number, text: string, index: string) => ({
    id,
    typeName: 'shape',
    type: 'geo',
    x,
    y: 100,
    rotation: 0,
    index,
    parentId: page.id,
    isLocked: false,
    opacity: 1,
    meta: {},
    props: {
      geo: 'rectangle',
      dash: 'draw',
      url: '',
      w: 240,
      h: 120,
      growY: 0,
      scale: 1,
      flipX: false,
      flipY: false,
      labelColor: 'black',
      color: 'blue',
      fill: 'semi',
      size: 'm',
      font: 'sans',
      align: 'middle',
      verticalAlign: 'middle',
      richText: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] },
    },
  })
  return JSON.stringify({
    tldrawFileFormatVersion: 1,
    schema: createTLSchema().serialize(),
    records: [
      DocumentRecordType.create({ id: TLDOCUMENT_ID, name: 'Importert skisse' }),
      page,
      shape('shape:first', 0, 'Behov fra tldraw', 'a1'),
      shape('shape:second', 300, 'Marked fra tldraw', 'a2'),
    ],
  })
}

test('the start page imports a .tldr file and opens the board with its shapes', async ({ page, server }) => {
  await page.goto(server.url)
  await page.getByLabel('Importer .tldr-fil').setInputFiles({
    name: 'skisse.tldr',
    mimeType: 'application/json',
    buffer: Buffer.from(tldrFile()),
  })
  await page.waitForURL(/\/b\/[A-Za-z0-9_-]+\?key=/)
  await passNamePrompt(page)
  await expect
    .poll(() =>
      page.evaluate(() =>
        window.editor
          ?.getCurrentPageShapes()
          .map((s) => s.id)
          .sort(),
      ),
    )
    .toEqual(['shape:first', 'shape:second'])
  await expect(page.getByTestId('canvas').getByText('Behov fra tldraw')).toBeVisible()
  await page.screenshot({ path: 'test-results/import-tldr-board.png' })
})

test('a file that is not a tldraw file is refused with the reason, and the page passes axe', async ({
  page,
  server,
}) => {
  await page.goto(server.url)
  const input = page.getByLabel('Importer .tldr-fil')
  await input.setInputFiles({
    name: 'notes.tldr',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ hello: 'world' })),
  })
  const problem = page.locator('.import-tldr__problem')
  await expect(problem).toHaveText('Fila kunne ikke importeres: Fila er ikke en tldraw-fil.')
  await expect(page.getByTestId('live-region')).toContainText('Fila er ikke en tldraw-fil.')
  await expect(input).toHaveAttribute('aria-describedby', /.+/)
  expect(page.url()).toBe(`${server.url}/`)
  await expectNoAxeViolations(page, { minPasses: 6 })
  await problem.scrollIntoViewIfNeeded()
  await page.screenshot({ path: 'test-results/import-tldr-laptop.png' })
  await page.setViewportSize({ width: 390, height: 844 })
  await problem.scrollIntoViewIfNeeded()
  await page.screenshot({ path: 'test-results/import-tldr-phone.png' })
})

test('a facilitator saves a .tldr file as a custom template, owned by their workshop', async ({
  page,
  server,
}) => {
  await page.goto(server.url)
  await page.getByRole('radio', { name: 'Lagre som mal' }).check()
  // Without a workshop made in this browser there is no facilitator key to publish with.
  await expect(page.getByText('For å lagre en mal trenger du en workshop')).toBeVisible()
  await expect(page.getByLabel('Velg .tldr-fil for malen')).toBeDisabled()

  const created = await fetch(`${server.url}/api/workshops`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ templateId: 'lup-oppstart', groups: 1, title: 'Vårmøtet' }),
  })
  const workshop = (await created.json()) as { id: string; facilitatorKey: string }
  const dashboard = `/w/${workshop.id}?key=${workshop.facilitatorKey}`
  // As the start page's workshop form remembers a workshop it made.
  await page.evaluate((link) => localStorage.setItem('bordduk:remembered', JSON.stringify([link])), {
    kind: 'workshop',
    id: workshop.id,
    title: 'Vårmøtet',
    path: dashboard,
    createdAt: new Date().toISOString(),
  })
  await page.reload()
  await page.getByRole('radio', { name: 'Lagre som mal' }).check()
  await expect(page.getByLabel('Workshop som eier malen')).toHaveValue(dashboard)
  await expectNoAxeViolations(page, { include: ['.import-tldr'], minPasses: 5 })
  await page.getByLabel('Velg .tldr-fil for malen').setInputFiles({
    name: 'skisse.tldr',
    mimeType: 'application/json',
    buffer: Buffer.from(tldrFile()),
  })
  const saved = page.getByTestId('import-template-saved')
  await expect(saved).toContainText('Malen «Importert skisse» er lagret i malgalleriet.')
  expect(page.url()).toBe(`${server.url}/`)
  await saved.scrollIntoViewIfNeeded()
  await page.screenshot({ path: 'test-results/import-tldr-template.png' })

  // The gallery has it, with the file's boxes as sections; the workshop's dashboard owns it.
  const templates = (await (await fetch(`${server.url}/api/templates?locale=nb`)).json()) as {
    id: string
    title: string
    custom: boolean
    sheets: { sections: { title: string }[] }[]
  }[]
  const template = templates.find((t) => t.title === 'Importert skisse')
  expect(template?.custom).toBe(true)
  expect(template?.sheets[0]?.sections.map((s) => s.title)).toEqual(['Behov fra tldraw', 'Marked fra tldraw'])
  await saved.getByRole('link', { name: 'Åpne oversikten til workshopen' }).click()
  await expect(page.locator('main')).toContainText('Importert skisse')

  // The owner deletes it again: the gallery other tests on this server see has only the built-ins.
  const removed = await fetch(
    `${server.url}/api/templates/${template!.id}?key=${encodeURIComponent(workshop.facilitatorKey)}`,
    { method: 'DELETE' },
  )
  expect(removed.status).toBe(204)
})
