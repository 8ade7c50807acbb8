// How long does the server take to export a big board as PDF? Builds a 5-sheet board (a
// facilitator's template made of the built-in sheets) with 300 notes, then times
// GET /api/boards/:id/export.pdf five times per variant and prints the median and the sizes,
// against the same board before its notes were added.
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
    fetch(`${server.url}${path}`, {
      method,
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    }).then(async (r) => {
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

  /** Median export time and size of one variant, over RUNS runs. */
  const measure = async (variant: string) => {
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
    return { median: times[Math.floor(times.length / 2)]!, min: times[0]!, max: times.at(-1)!, bytes }
  }
  const report = (label: string, m: Awaited<ReturnType<typeof measure>>) =>
    console.log(
      `${label}: median ${(m.median / 1000).toFixed(2)} s of ${RUNS} ` +
        `(min ${(m.min / 1000).toFixed(2)} s, max ${(m.max / 1000).toFixed(2)} s), PDF ${(m.bytes / 1024).toFixed(0)} KB`,
    )

  // The peer: the same five sheets with no notes, so the cost of the notes themselves shows.
  const empty = await measure('paper=A1')
  report('5 sheets, no notes, paper=A1', empty)

  // The notes spread over the five sheets, written through the sync protocol.
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

  const full = await measure('paper=A1')
  report(`5 sheets, ${NOTES} notes, paper=A1`, full)
  console.log(
    `  ${((full.median - empty.median) / NOTES).toFixed(1)} ms per note; ${(full.median / empty.median).toFixed(2)}× the empty board`,
  )
  report(`5 sheets, ${NOTES} notes, paper=A1&tile=A4`, await measure('paper=A1&tile=A4'))
} catch (error) {
  console.error(server.logs.split('\n').slice(-15).join('\n'))
  throw error
} finally {
  await server.stop()
}
