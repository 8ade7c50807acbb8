// How much storage does dragging shapes cost? Drags one note N times (default 5,000)
// through the real stack — tldraw store → our binding → y-websocket → Bordduk server → SQLite —
// then prints the bytes stored for the board after the server's graceful shutdown.
// For comparison it replays the same drags against two in-memory layouts: our YKeyValue
// and a plain Y.Map keyed by record id, for one shape and for two shapes dragged alternately.
//
//   node tests/bench/dragPersistedSize.ts [drags]
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { createShapeId } from '@tldraw/tlschema'
import type { TLRecord } from '@tldraw/tlschema'
import { YKeyValue } from 'y-utility/y-keyvalue'
import * as Y from 'yjs'

import { bindRecords } from '../../client/src/sync/bindRecords.ts'
import { memoryTLStore } from '../../client/src/sync/testing/memoryTLStore.ts'
import { parseConfig } from '../../server/src/config.ts'
import { createLogger } from '../../server/src/logger.ts'
import { startServer } from '../../server/src/startServer.ts'
import { SqliteStore } from '../../server/src/storage/SqliteStore.ts'
import { connectDoc } from './connectDoc.ts'
import { sampleNote } from '../../shared/src/testing/sampleNote.ts'

const DRAGS = Number(process.argv[2] ?? 5000)

// tldraw flushes store listeners once per animation frame; Node has no frames, so give it
// 60 per second like a browser.
const FRAME_MS = 1000 / 60
globalThis.requestAnimationFrame ??= (callback) =>
  setTimeout(() => callback(performance.now()), FRAME_MS) as never
globalThis.cancelAnimationFrame ??= (handle) => clearTimeout(handle as never)

async function throughTheServer(): Promise<{ storedBytes: number; rows: number; seconds: number }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'bordduk-bench-'))
  const config = parseConfig({ PORT: '0', DATA_DIR: dataDir })
  const server = await startServer(config, { logger: createLogger('silent'), clientDir: null })
  const board = (await (
    await fetch(`${server.url}/api/boards`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
    })
  ).json()) as {
    id: string
    editKey: string
  }
  const { doc, provider } = await connectDoc(server.url, board.id, board.editKey)
  const store = memoryTLStore()
  const unbind = bindRecords(store, doc)
  const id = createShapeId('dragged')
  const nextDocUpdate = () => new Promise<void>((resolve) => doc.once('update', () => resolve()))

  const started = performance.now()
  let pending = nextDocUpdate()
  store.put([sampleNote(id, 0, 0)])
  await pending
  for (let i = 1; i <= DRAGS; i++) {
    // One store change per animation frame, as a pointer drag makes; each is its own Yjs update.
    pending = nextDocUpdate()
    store.update(id, (r) => ({ ...r, x: i, y: (i * 7) % 300 }))
    await pending
  }
  const seconds = (performance.now() - started) / 1000
  // Let the last updates reach the server, then shut it down gracefully (flush + compact).
  await new Promise((r) => setTimeout(r, 500))
  unbind()
  provider.destroy()
  await server.close()

  const stored = new SqliteStore(join(config.dataDir, 'bordduk.sqlite'))
  const { snapshot, updates } = await stored.loadDoc(board.id)
  await stored.close()
  const check = new Y.Doc()
  if (snapshot) Y.applyUpdate(check, snapshot)
  for (const u of updates) Y.applyUpdate(check, u)
  const finalX = new YKeyValue<TLRecord>(check.getArray('tl_records')).get(id) as { x: number } | undefined
  if (finalX?.x !== DRAGS) throw new Error(`stored doc has x=${finalX?.x}, expected ${DRAGS}`)
  rmSync(dataDir, { recursive: true, force: true })
  return {
    storedBytes: (snapshot?.byteLength ?? 0) + updates.reduce((s, u) => s + u.byteLength, 0),
    rows: updates.length,
    seconds,
  }
}

/** Encoded size of a doc after the same drags, written straight into a layout. */
function inMemory(layout: 'ykeyvalue' | 'ymap', shapes: number): number {
  const doc = new Y.Doc()
  const kv = layout === 'ykeyvalue' ? new YKeyValue<unknown>(doc.getArray('records')) : null
  const map = layout === 'ymap' ? doc.getMap('records') : null
  const ids = Array.from({ length: shapes }, (_, i) => createShapeId(`s${i}`))
  const set = (id: string, value: unknown) =>
    doc.transact(() => (kv ? kv.set(id, value) : map!.set(id, value)))
  for (const id of ids) set(id, sampleNote(id, 0, 0))
  for (let i = 1; i <= DRAGS; i++) {
    const id = ids[i % shapes]!
    set(id, sampleNote(id, i, (i * 7) % 300))
  }
  return Y.encodeStateAsUpdate(doc).byteLength
}

const result = await throughTheServer()
const rows: [string, number][] = [
  ['YKeyValue, 1 shape', inMemory('ykeyvalue', 1)],
  ['Y.Map,     1 shape', inMemory('ymap', 1)],
  ['YKeyValue, 2 shapes alternating', inMemory('ykeyvalue', 2)],
  ['Y.Map,     2 shapes alternating', inMemory('ymap', 2)],
]
console.log(`drags: ${DRAGS}`)
console.log(
  `persisted by the server after ${DRAGS} drags of one note: ${result.storedBytes} B ` +
    `(snapshot + ${result.rows} log rows; drags took ${result.seconds.toFixed(1)} s end to end)`,
)
for (const [name, bytes] of rows) console.log(`in-memory encoded doc, ${name}: ${bytes} B`)
const ratio = rows[3]![1] / rows[2]![1]
console.log(`Y.Map / YKeyValue with 2 shapes alternating: ${ratio.toFixed(1)}×`)
