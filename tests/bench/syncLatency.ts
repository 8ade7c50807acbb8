// End-to-end sync latency between two browsers on one board: person A creates a sticky
// note, how long until it is in person B's editor? Open loop: A creates one note every
// INTERVAL_MS whatever happened before; each latency is measured from its scheduled time.
// Both pages run in one Chromium on one clock (Date.now()).
//
//   node tests/bench/syncLatency.ts [notes=200] [intervalMs=50]
import { chromium } from '@playwright/test'

import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.ts'

import { BorddukServer } from '../e2e/fixtures/BorddukServer.ts'
import { openBoard } from '../e2e/fixtures/boardPage.ts'

const NOTES = Number(process.argv[2] ?? 200)
const INTERVAL_MS = Number(process.argv[3] ?? 50)

const server = await BorddukServer.start()
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: CHROMIUM_ARGS,
})
try {
  const board = await server.createBoard()
  const a = await (await browser.newContext()).newPage()
  const b = await (await browser.newContext()).newPage()
  await openBoard(a, board.editUrl)
  await openBoard(b, board.editUrl)

  // B notes the arrival time of every note the moment its store sees it.
  await b.evaluate(() => {
    const arrivals: Record<string, number> = {}
    ;(window as unknown as { arrivals: typeof arrivals }).arrivals = arrivals
    window.editor!.store.listen(({ changes }) => {
      const now = Date.now()
      for (const record of Object.values(changes.added))
        if (record.typeName === 'shape') arrivals[record.id] = now
    })
  })

  const scheduled = await a.evaluate(
    ({ notes, intervalMs }) =>
      new Promise<Record<string, number>>((resolve) => {
        const editor = window.editor!
        const times: Record<string, number> = {}
        const t0 = Date.now() + 100
        let made = 0
        for (let i = 0; i < notes; i++) {
          const at = t0 + i * intervalMs
          setTimeout(() => {
            const id = `shape:lat-${i}` as never
            times[id] = at
            editor.createShape({ id, type: 'note', x: (i % 20) * 220, y: Math.floor(i / 20) * 220 })
            if (++made === notes) resolve(times)
          }, at - Date.now())
        }
      }),
    { notes: NOTES, intervalMs: INTERVAL_MS },
  )
  await new Promise((r) => setTimeout(r, 2_000))
  const arrivals = await b.evaluate(
    () => (window as unknown as { arrivals: Record<string, number> }).arrivals,
  )

  const latencies = Object.entries(scheduled)
    .filter(([id]) => arrivals[id] !== undefined)
    .map(([id, at]) => arrivals[id]! - at)
    .sort((x, y) => x - y)
  const pct = (p: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))]
  console.log(`notes: ${NOTES}, one every ${INTERVAL_MS} ms (open loop), two Chromium contexts, one server`)
  console.log(
    `A → B latency: p50 ${pct(50)} ms, p95 ${pct(95)} ms, p99 ${pct(99)} ms, max ${latencies.at(-1)} ms; ` +
      `undelivered ${NOTES - latencies.length}`,
  )
} finally {
  await browser.close()
  await server.stop()
}
