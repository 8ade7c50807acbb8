// What does checking every client update cost? Builds a board of about 1 MB (a tablecloth with a checklist, plus
// notes with text), then sends the same stream of ordinary edits — move a note, add a note,
// tick a checklist item, delete a note — two ways in one run:
//   - checked: through a room's gate, as the server does (inspect, role rules, apply);
//   - unchecked: Y.applyUpdate straight into a copy of the same doc with a YKeyValue on it
//     (what the server did before, minus broadcasting and storing).
// It prints p50/p99 per update for both and for the inspection alone, and the ratio.
//
//   node tests/bench/validateUpdate.ts [updates] [targetBoardBytes]
import { getIndices } from '@tldraw/utils'
import { YKeyValue } from 'y-utility/y-keyvalue'
import * as Y from 'yjs'

import { Y_RECORDS_ARRAY } from '../../shared/src/index.ts'
import { CHECK_SHAPE } from '../../shared/src/shapes.ts'
import { sampleNote } from '../../shared/src/testing/sampleNote.ts'
import type { StoredRecord } from '../../server/src/boards/boardDocument.ts'
import { writeInitialRecords } from '../../server/src/boards/boardDocument.ts'
import { tldrawSchema } from '../../server/src/boards/tldrawSchema.ts'
import { parseConfig } from '../../server/src/config.ts'
import { createLogger } from '../../server/src/logger.ts'
import { BoardRoom } from '../../server/src/rooms/BoardRoom.ts'
import { CLIENT_WRITABLE_MAPS } from '../../server/src/rooms/checks/checkRoleRules.ts'
import { inspectUpdate } from '../../server/src/rooms/checks/inspectUpdate.ts'
import { SqliteStore } from '../../server/src/storage/SqliteStore.ts'
import { FakePeer } from '../../server/src/testing/FakePeer.ts'
import { findBuiltInTemplate, instantiate } from '../../templates/src/index.ts'
import { hashKey, newBoardId, newKey } from '../../server/src/boards/boardSecrets.ts'

const UPDATES = Number(process.argv[2] ?? 4000)
const TARGET_BYTES = Number(process.argv[3] ?? 1024 * 1024)

/** A board doc of about `targetBytes`: the needs-mapping tablecloth and enough notes. */
function bigBoard(targetBytes: number): { doc: Y.Doc; noteIds: string[] } {
  const doc = new Y.Doc()
  const records = instantiate(
    findBuiltInTemplate('tidligfase-innovasjon')!,
    'nb',
  ) as unknown as StoredRecord[]
  writeInitialRecords(doc, records, tldrawSchema)
  const kv = new YKeyValue<StoredRecord>(doc.getArray(Y_RECORDS_ARRAY))
  const noteIds: string[] = []
  const text = 'Innbyggerne trenger å bli varslet tidlig når noe endrer seg i tjenesten. '
  while (Y.encodeStateAsUpdate(doc).byteLength < targetBytes) {
    doc.transact(() => {
      for (let i = 0; i < 100; i++) {
        const id = `shape:note-${noteIds.length}`
        noteIds.push(id)
        kv.set(
          id,
          sampleNote(
            id,
            (noteIds.length % 40) * 220,
            1200 + Math.floor(noteIds.length / 40) * 220,
            text.repeat(3),
            INDICES[noteIds.length]!,
          ) as never,
        )
      }
    })
  }
  return { doc, noteIds }
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!
}

function summary(samples: number[]): { p50: number; p99: number; mean: number } {
  const sorted = [...samples].sort((a, b) => a - b)
  const mean = samples.reduce((a, b) => a + b, 0) / samples.length
  return { p50: percentile(sorted, 50), p99: percentile(sorted, 99), mean }
}

/** Fractional index keys above the template layer's, enough for every note the benchmark makes. */
const INDICES = getIndices(40_000).slice(1_000)

const format = (ms: number) => `${(ms * 1000).toFixed(0)} µs`

async function main() {
  const { doc: seed, noteIds } = bigBoard(TARGET_BYTES)
  const state = Y.encodeStateAsUpdate(seed)
  const store = new SqliteStore(':memory:')
  const board = { id: newBoardId(), editKey: newKey(), viewKey: newKey() }
  await store.createBoard(
    {
      id: board.id,
      title: 'Benchmark',
      templateId: 'tidligfase-innovasjon',
      locale: 'nb',
      editKeyHash: hashKey(board.editKey),
      viewKeyHash: hashKey(board.viewKey),
      createdAt: new Date().toISOString(),
    },
    state,
  )
  const logger = createLogger('silent')
  const room = new BoardRoom(board.id, store, logger, parseConfig({}).limits)
  await room.load()
  const peer = new FakePeer('edit')
  room.addPeer(peer)
  // The server before: the same doc with one YKeyValue observing it (its template guard had one).
  const plain = new Y.Doc()
  Y.applyUpdate(plain, state)
  const plainRecords = new YKeyValue<StoredRecord>(plain.getArray(Y_RECORDS_ARRAY))

  // The edits come from a client holding the same board.
  const client = new Y.Doc()
  Y.applyUpdate(client, Y.encodeStateAsUpdate(room.doc))
  const kv = new YKeyValue<StoredRecord>(client.getArray(Y_RECORDS_ARRAY))
  const CHECK_ID = [...kv.map.values()].find((e) => (e.val as { type?: string }).type === CHECK_SHAPE)!.key
  const updates: Uint8Array[] = []
  client.on('update', (update: Uint8Array) => updates.push(update))
  let added = 0
  for (let i = 0; i < UPDATES; i++) {
    const pick = noteIds[(i * 7919) % noteIds.length]!
    const kind = i % 10
    if (kind < 7) {
      const note = kv.get(pick)
      if (note) kv.set(pick, { ...note, x: (note.x as number) + 3 })
    } else if (kind === 7) {
      const id = `shape:added-${added++}`
      kv.set(id, sampleNote(id, 50, 50, 'Ny lapp', INDICES[30_000 + added]!) as never)
    } else if (kind === 8) {
      const check = kv.get(CHECK_ID) as (StoredRecord & { props: { checked: boolean } }) | undefined
      if (check) kv.set(CHECK_ID, { ...check, props: { ...check.props, checked: !check.props.checked } })
      else kv.set(`shape:added-${added}`, sampleNote(`shape:added-${added++}`, 0, 0) as never)
    } else {
      kv.delete(noteIds[(i * 104729) % noteIds.length]!)
    }
  }

  const inspect: number[] = []
  const checked: number[] = []
  const raw: number[] = []
  // Interleaved, so both see the same machine state; the inspection is timed on its own too.
  for (const update of updates) {
    let t = performance.now()
    inspectUpdate(room.doc, update, CLIENT_WRITABLE_MAPS)
    inspect.push(performance.now() - t)
    t = performance.now()
    room.receiveUpdate(peer, update)
    checked.push(performance.now() - t)
    t = performance.now()
    Y.applyUpdate(plain, update, 'peer')
    raw.push(performance.now() - t)
    if (peer.closedWith) throw new Error(`benchmark update refused: ${peer.closedWith.reason}`)
  }
  const size = Y.encodeStateAsUpdate(room.doc).byteLength
  const c = summary(checked)
  const r = summary(raw)
  const i = summary(inspect)
  console.log(`board: ${(size / 1024).toFixed(0)} KB, ${noteIds.length} notes; ${updates.length} updates`)
  console.log(`inspection only   p50 ${format(i.p50)}  p99 ${format(i.p99)}  mean ${format(i.mean)}`)
  console.log(`checked (gate)    p50 ${format(c.p50)}  p99 ${format(c.p99)}  mean ${format(c.mean)}`)
  console.log(`unchecked         p50 ${format(r.p50)}  p99 ${format(r.p99)}  mean ${format(r.mean)}`)
  console.log(
    `checked / unchecked: p50 ${(c.p50 / r.p50).toFixed(2)}x, mean ${(c.mean / r.mean).toFixed(2)}x`,
  )
  if (plainRecords.map.size !== [...room.readRecords()].length) console.log('(the two docs differ)')
  room.destroy()
  await store.close()
}

await main()
