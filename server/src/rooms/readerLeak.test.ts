import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'

import { afterEach, describe, expect, it } from 'vitest'
import type * as Y from 'yjs'

import { Y_RECORDS_ARRAY } from '@bordduk/shared'
import type { CreatedBoard } from '@bordduk/shared'

import type { RunningServer } from '../startServer.ts'
import { RawSyncClient, syncUrl } from '../sync/testing/rawSyncClient.ts'
import { startConfiguredServer } from '../testing/configuredTestServer.ts'
import { clientRecords, noteText, testNote } from '../testing/noteRecords.ts'

const READER_REQUESTS = 10_000
const READER_CONCURRENCY = 8
const LATENCY_SAMPLES = 31
const NOTES = 40
/** Edits may take at most this much longer after the readers: twice the median plus scheduling noise. */
const LATENCY_FACTOR = 2
const LATENCY_SLACK_MS = 5

/** What reading a board costs nothing to keep: each must leave the live room as it found it. */
function readerPaths(board: CreatedBoard): string[] {
  const base = `/api/boards/${board.id}`
  const view = `key=${encodeURIComponent(board.viewKey)}`
  return [
    `${base}/thumbnail.svg?${view}`,
    `${base}/answers.md?${view}`,
    `${base}/answers.csv?${view}`,
    `${base}/snapshot?${view}`,
    `${base}/versions?key=${encodeURIComponent(board.editKey)}`, // versions need a key that may edit
  ]
}

/**
 * Observers registered on a doc, read from Yjs internals (test only): per root type its own
 * (`_eH`) and deep (`_dEH`) handlers, and the doc's own event listeners by event name.
 */
function observerCounts(doc: Y.Doc): Record<string, number> {
  type Handlers = { _eH: { l: unknown[] }; _dEH: { l: unknown[] } }
  const counts: Record<string, number> = {}
  for (const [name, type] of doc.share) {
    counts[`${name} observers`] = (type as unknown as Handlers)._eH.l.length
    counts[`${name} deep observers`] = (type as unknown as Handlers)._dEH.l.length
  }
  const docObservers = (doc as unknown as { _observers: Map<string, Set<unknown>> })._observers
  for (const [event, listeners] of docObservers) counts[`doc '${event}' listeners`] = listeners.size
  return counts
}

interface Latencies {
  /** Time for each of A's edits to be applied in B's doc, in ms. */
  samples: number[]
  /** Why sampling stopped early: an edit never reached B. */
  failure?: string
}

/** A edits a probe note again and again; each sample is the time until B's doc shows the edit. */
async function editLatencies(a: RawSyncClient, b: RawSyncClient, round: string): Promise<Latencies> {
  const aRecords = clientRecords(a.doc)
  const bArray = b.doc.getArray<{ key: string; val: Parameters<typeof noteText>[0] }>(Y_RECORDS_ARRAY)
  const probeText = () => noteText(bArray.toArray().findLast((entry) => entry.key === 'shape:probe')?.val)
  const aClosed = a.closed.then(({ code, reason }) => {
    throw new Error(`the server closed A's socket: ${code} ${reason}`)
  })
  aClosed.catch(() => {}) // observed through the race below
  const samples: number[] = []
  for (let i = 0; i < LATENCY_SAMPLES; i++) {
    const text = `probe ${round} ${i}`
    const from = b.frames.length
    const started = performance.now()
    try {
      a.edit(() => aRecords.set('shape:probe', testNote('shape:probe', { x: i, y: 0, text, n: 9_999 })))
      await Promise.race([b.waitFor('update', () => probeText() === text, from), aClosed])
    } catch (error) {
      return { samples, failure: `edit ${i} ${round} the reads: ${(error as Error).message}` }
    }
    samples.push(performance.now() - started)
    await new Promise((resolve) => setTimeout(resolve, 5))
  }
  return { samples }
}

function median(values: number[]): number {
  const sorted = [...values].sort((x, y) => x - y)
  return sorted.length === 0 ? NaN : sorted[sorted.length >> 1]!
}

const ms = (value: number) => (Number.isNaN(value) ? '–' : value.toFixed(2))

/** Runs `total` GETs over the paths in turn, `concurrency` at a time; answers the statuses seen. */
async function readMany(server: RunningServer, paths: string[], total: number, concurrency: number) {
  const statuses = new Map<number, number>()
  let next = 0
  const worker = async () => {
    while (next < total) {
      const path = paths[next++ % paths.length]!
      const response = await fetch(`${server.url}${path}`)
      await response.arrayBuffer()
      statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1)
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker))
  return Object.fromEntries(statuses)
}

describe('reader requests on a loaded board', () => {
  let dataDir: string | undefined
  let server: RunningServer | undefined
  const clients: RawSyncClient[] = []
  afterEach(async () => {
    for (const client of clients.splice(0)) client.terminate()
    await server?.close()
    if (dataDir) rmSync(dataDir, { recursive: true, force: true })
  })

  it(
    `${READER_REQUESTS.toLocaleString('en')} reads add no observers to the board and leave edits as fast`,
    { timeout: 90_000 },
    async () => {
      dataDir = mkdtempSync(join(tmpdir(), 'bordduk-readers-'))
      server = await startConfiguredServer(dataDir, {}) // default limits: reading is not rate-limited
      const response = await fetch(`${server.url}/api/boards`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ templateId: 'lup-behovskartlegging' }),
      })
      expect(response.status).toBe(201)
      const board = (await response.json()) as CreatedBoard

      const url = syncUrl(server.url, board.id, board.editKey)
      const a = await RawSyncClient.join(url)
      const b = await RawSyncClient.join(url)
      clients.push(a, b)
      await a.roundTrip()
      await b.roundTrip()
      const aRecords = clientRecords(a.doc)
      a.edit(() => {
        for (let n = 0; n < NOTES; n++) {
          const id = `shape:reader-${n}`
          aRecords.set(id, testNote(id, { x: 200 + n * 40, y: 400, text: `answer ${n}`, n }))
        }
      })
      await b.waitFor('update')
      const room = server.rooms.get(board.id)!
      expect(room).toBeDefined()

      const latencyBefore = await editLatencies(a, b, 'before')
      const observersBefore = observerCounts(room.doc)
      const readStarted = performance.now()
      const statuses = await readMany(server, readerPaths(board), READER_REQUESTS, READER_CONCURRENCY)
      const readMs = performance.now() - readStarted
      const observersAfter = observerCounts(room.doc)
      const latencyAfter = await editLatencies(a, b, 'after')

      const [medianBefore, medianAfter] = [median(latencyBefore.samples), median(latencyAfter.samples)]
      const recordsKey = `${Y_RECORDS_ARRAY} observers`
      console.log(
        `reader leak: ${READER_REQUESTS} reads in ${(readMs / 1000).toFixed(1)} s ${JSON.stringify(statuses)}; ` +
          `records-array observers ${observersBefore[recordsKey]} → ${observersAfter[recordsKey]}; ` +
          `edit latency median ${ms(medianBefore)} → ${ms(medianAfter)} ms over ` +
          `${latencyBefore.samples.length} → ${latencyAfter.samples.length} edits` +
          (latencyAfter.failure ? `; ${latencyAfter.failure}` : ''),
      )
      expect(latencyBefore.failure).toBeUndefined()
      expect(latencyBefore.samples).toHaveLength(LATENCY_SAMPLES)
      expect(statuses).toEqual({ 200: READER_REQUESTS })
      // Each is checked and reported: a leak shows in the count, and in what it does to edits.
      expect.soft(observersAfter, 'observers on the live board after the reads').toEqual(observersBefore)
      expect.soft(latencyAfter.failure, 'every edit after the reads reaches the other client').toBeUndefined()
      expect
        .soft(medianAfter, 'median edit latency after the reads (ms)')
        .toBeLessThanOrEqual(LATENCY_FACTOR * medianBefore + LATENCY_SLACK_MS)
    },
  )
})
