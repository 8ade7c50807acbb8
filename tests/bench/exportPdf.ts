// How long does the server take to export a big board as PDF? Builds a 5-sheet board (a
// facilitator's template made of the built-in sheets) with 300 notes, then times
// GET /api/boards/:id/export.pdf five times per variant and prints the median and the sizes.
//
//   node tests/bench/exportPdf.ts [notes=300] [runs=5]
import { builtInTemplates } from '../../templates/src/catalogue.ts'
import { BorddukServer } from '../e2e/fixtures/BorddukServer.ts'
import { connectDoc } from './connectDoc.ts'
import { addNotesOnTop } from './addNotesOnTop.ts'

const NOTES = Number(process.argv[2] ?? 300)
const RUNS = Number(process.argv[3] ?? 5)

const server = await BorddukServer.start()
try {
  const post = (path: string, body: unknown, method = 'POST') =>
    fetch(`${server.url}${path}`, { method, body: JSON.stringify(body) }).then(async (r) => {
      if (!r.ok) throw new Error(`${path}: ${r.status} ${await r.text()}`)
      return r.json() as Promise<Record<string, unknown>>
    })
  // A workshop gives a facilitator key; its board, saved as a template, gets five sheets.
  const workshop = (await post('/api/workshops', { templateId: 'lup-oppstart', groups: 1 })) as {
    facilitatorKey: string
    groups: { boardId: string }[]
  }
  const key = workshop.facilitatorKey
  const saved = (await post(`/api/templates?key=${key}`, {
    boardId: workshop.groups[0]!.boardId,
    title: 'Fem ark',
    locale: 'nb',
  })) as { id: string }
  const sheets = builtInTemplates.flatMap((t) => t.sheets.filter((s) => s.sections.length > 0)).slice(0, 5)
  const fiveSheets = {
    id: saved.id,
    title: { nb: 'Fem ark', en: 'Five sheets' },
    description: { nb: 'Måling', en: 'Benchmark' },
    sheets: sheets.map((sheet, i) => ({ ...sheet, id: `ark-${i + 1}` })),
  }
  await post(`/api/templates/${saved.id}?key=${key}`, fiveSheets, 'PUT')
  const board = (await post('/api/boards', { templateId: saved.id, title: 'Måling: fem ark' })) as {
    id: string
    editKey: string
    viewKey: string
  }

  // 300 notes spread over the five sheets, written through the sync protocol.
  const { doc, provider } = await connectDoc(server.url, board.id, board.editKey)
  addNotesOnTop(
    doc,
    Array.from({ length: NOTES }, (_, i) => ({
      x: (i % 5) * (1682 + 160) + 60 + ((i * 37) % 1500),
      y: 200 + ((i * 53) % 900),
      text: `Lapp ${i}: behov for æøå-tekst`,
    })),
  )
  await new Promise((r) => setTimeout(r, 1_000))
  provider.destroy()

  for (const variant of ['paper=A1', 'paper=A1&tile=A4']) {
    const times: number[] = []
    let bytes = 0
    for (let run = 0; run < RUNS; run++) {
      const started = performance.now()
      const response = await fetch(
        `${server.url}/api/boards/${board.id}/export.pdf?key=${board.viewKey}&${variant}`,
      )
      bytes = (await response.arrayBuffer()).byteLength
      if (!response.ok) throw new Error(`export failed: ${response.status}`)
      times.push(performance.now() - started)
    }
    times.sort((a, b) => a - b)
    const median = times[Math.floor(times.length / 2)]!
    console.log(
      `5 sheets, ${NOTES} notes, ${variant}: median ${(median / 1000).toFixed(2)} s of ${RUNS} ` +
        `(min ${(times[0]! / 1000).toFixed(2)} s, max ${(times.at(-1)! / 1000).toFixed(2)} s), PDF ${(bytes / 1024).toFixed(0)} KB`,
    )
  }
} catch (error) {
  console.error(server.logs.split('\n').slice(-15).join('\n'))
  throw error
} finally {
  await server.stop()
}
