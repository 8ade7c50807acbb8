// How fast can each store take a board's updates? Appends the same stream of small, realistic
// Yjs updates (a note moved, resized, its colour changed: 100–300 bytes each) to PostgreSQL and
// to SQLite in one run, two ways:
//   - sequential: one writer, each append awaited before the next (one busy board);
//   - concurrent: 8 writers on 8 boards at once, each awaiting its own appends (8 busy boards;
//     the server keeps one write in flight per board, so this is its shape under load).
// Every append resolves after COMMIT, as the server's "saved" receipt does. It prints appends/s
// and p50/p99 latency per append for each store and mode.
//
//   node tests/bench/appendThroughput.ts [appends]
//
// PostgreSQL is TEST_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres), in a
// fresh schema dropped afterwards; SQLite is a temp file, WAL with synchronous=NORMAL (the
// default) and FULL.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { YKeyValue } from 'y-utility/y-keyvalue'
import * as Y from 'yjs'

import { PostgresStore } from '../../server/src/storage/PostgresStore.ts'
import { SqliteStore } from '../../server/src/storage/SqliteStore.ts'
import type { Store } from '../../server/src/storage/Store.ts'
import {
  createTestSchema,
  postgresReachable,
  TEST_DATABASE_URL,
} from '../../server/src/testing/postgresTestSchema.ts'

const APPENDS = Number(process.argv[2] ?? 5000)
const WRITERS = 8

/** `count` updates from one doc, as a browser's edits to a few notes produce them. */
function realisticUpdates(count: number): Uint8Array[] {
  const doc = new Y.Doc()
  const kv = new YKeyValue<Record<string, unknown>>(doc.getArray('records'))
  const updates: Uint8Array[] = []
  doc.on('update', (update: Uint8Array) => updates.push(update))
  const colours = ['yellow', 'light-green', 'light-blue', 'orange', 'violet']
  const text = 'Innbyggerne trenger å bli varslet tidlig når noe endrer seg i tjenesten, også på nynorsk. '
  for (let i = 0; updates.length < count; i++) {
    const id = `shape:n${i % 12}`
    kv.set(id, {
      id,
      x: 100 + ((i * 37) % 900),
      y: 80 + ((i * 53) % 600),
      w: 200,
      h: 200 + (i % 3) * 20,
      color: colours[i % colours.length],
      index: `a${i % 12}`,
      text: text.slice(0, 10 + ((i * 29) % 80)),
    })
  }
  return updates.slice(0, count)
}

interface Result {
  store: string
  mode: string
  appends: number
  perSecond: number
  p50: number
  p99: number
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))]!
}

async function createBoards(store: Store, count: number): Promise<string[]> {
  const ids = Array.from(
    { length: count },
    (_, i) => `bench-board-${i}-${Math.random().toString(36).slice(2, 10)}`,
  )
  for (const id of ids) {
    await store.createBoard(
      {
        id,
        title: 'Benk',
        templateId: 'blank',
        locale: 'nb',
        editKeyHash: 'e'.repeat(64),
        viewKeyHash: 'v'.repeat(64),
        createdAt: new Date().toISOString(),
      },
      Y.encodeStateAsUpdate(new Y.Doc()),
    )
  }
  return ids
}

/** Appends `updates` split over `writers` boards, each writer awaiting its own appends. */
async function run(store: Store, name: string, updates: Uint8Array[], writers: number): Promise<Result> {
  const boards = await createBoards(store, writers)
  // Warm up (connections, statements, JIT) on boards of their own.
  const warm = await createBoards(store, writers)
  await Promise.all(
    warm.map(async (id) => {
      for (let i = 0; i < 50; i++) await store.appendUpdate(id, updates[i]!)
    }),
  )
  const latencies: number[] = []
  const start = performance.now()
  await Promise.all(
    boards.map(async (id, w) => {
      for (let i = w; i < updates.length; i += writers) {
        const t = performance.now()
        await store.appendUpdate(id, updates[i]!)
        latencies.push(performance.now() - t)
      }
    }),
  )
  const seconds = (performance.now() - start) / 1000
  latencies.sort((a, b) => a - b)
  return {
    store: name,
    mode: writers === 1 ? 'sequential' : `${writers} writers`,
    appends: updates.length,
    perSecond: Math.round(updates.length / seconds),
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
  }
}

async function main(): Promise<void> {
  const updates = realisticUpdates(APPENDS)
  const sizes = updates.map((u) => u.byteLength).sort((a, b) => a - b)
  console.log(
    `${APPENDS} updates, ${sizes[0]}–${sizes[sizes.length - 1]} bytes (median ${percentile(sizes, 50)}), ` +
      `each append awaited until committed`,
  )
  const results: Result[] = []

  if (await postgresReachable()) {
    const schema = await createTestSchema()
    const store = await PostgresStore.open(schema.url, { poolSize: 10 })
    try {
      results.push(await run(store, 'PostgreSQL', updates, 1))
      results.push(await run(store, 'PostgreSQL', updates, WRITERS))
    } finally {
      await store.close()
      await schema.drop()
    }
  } else {
    console.log(`PostgreSQL not reachable at ${new URL(TEST_DATABASE_URL).host}: measured SQLite only`)
  }

  for (const synchronous of ['NORMAL', 'FULL'] as const) {
    const dir = mkdtempSync(join(tmpdir(), 'bordduk-bench-append-'))
    const store = new SqliteStore(join(dir, 'bordduk.sqlite'), { synchronous })
    try {
      results.push(await run(store, `SQLite (${synchronous})`, updates, 1))
      results.push(await run(store, `SQLite (${synchronous})`, updates, WRITERS))
    } finally {
      await store.close()
      rmSync(dir, { recursive: true, force: true })
    }
  }

  console.log('\nstore               mode          appends/s   p50 ms   p99 ms')
  for (const r of results) {
    console.log(
      `${r.store.padEnd(20)}${r.mode.padEnd(14)}${String(r.perSecond).padStart(9)}` +
        `${r.p50.toFixed(2).padStart(9)}${r.p99.toFixed(2).padStart(9)}`,
    )
  }
}

await main()
