// Cross-instance propagation: 20 raw sync clients on one board, half on instance A and half on
// instance B (two server processes, one store, one Redis of the bench's own), each writing a
// sticky note on an open-loop schedule. Latency = arrival at a client on the OTHER instance
// minus the note's scheduled time. The same load against one instance (all 20 clients on A)
// runs in the same process, so the ratio shows what the hop through Redis costs. Then Redis is
// killed for 10 s while both halves keep writing: what each side sees meanwhile, and how long
// the two take to converge once Redis is back (nothing may be lost).
//
//   node tests/bench/clusterPropagation.ts [seconds=20] [notesPerClientPerSecond=2]
//   PostgreSQL: a fresh schema on TEST_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres).
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import type { YKeyValue } from 'y-utility/y-keyvalue'

import { sampleNote } from '../../shared/src/testing/sampleNote.ts'
import { boardRecords } from '../../server/src/boards/boardDocument.ts'
import type { StoredRecord } from '../../server/src/boards/boardDocument.ts'
import { RawSyncClient, syncUrl } from '../../server/src/sync/testing/rawSyncClient.ts'
import { createTestSchema } from '../../server/src/testing/postgresTestSchema.ts'
import { RedisProcess } from '../../server/src/testing/RedisProcess.ts'
import { ServerProcess, freePort } from '../../server/src/testing/ServerProcess.ts'

const SECONDS = Number(process.argv[2] ?? 20)
const RATE = Number(process.argv[3] ?? 2)
const CLIENTS = 20
const schema = await createTestSchema()
const databaseUrl = schema.url

const dataDir = mkdtempSync(join(tmpdir(), 'bordduk-bench-cluster-'))
const redis = new RedisProcess()
await redis.start()
const env = { REDIS_URL: redis.url, DATABASE_URL: databaseUrl }
const a = new ServerProcess(await freePort(), dataDir)
const b = new ServerProcess(await freePort(), dataDir)
await a.start(env)
await b.start(env)

interface Client {
  raw: RawSyncClient
  instance: 'A' | 'B'
  arrivals: Map<string, number>
  /** One key-value view per doc: each new one would scan the array and add an observer. */
  records: YKeyValue<StoredRecord>
}

async function connect(
  instance: ServerProcess,
  name: 'A' | 'B',
  boardId: string,
  key: string,
): Promise<Client> {
  const raw = await RawSyncClient.join(syncUrl(instance.url, boardId, key))
  raw.sendSyncStep1()
  await raw.roundTrip()
  const arrivals = new Map<string, number>()
  const records = boardRecords(raw.doc)
  records.on('change', (changes: Map<string, unknown>) => {
    const now = performance.now()
    for (const key of changes.keys()) if (!arrivals.has(key)) arrivals.set(key, now)
  })
  return { raw, instance: name, arrivals, records }
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN
}

/** Every client writes RATE notes a second for `seconds`, open loop. Answers the schedule. */
async function writeLoad(
  clients: Client[],
  seconds: number,
  tag: string,
): Promise<Map<string, { at: number; from: Client }>> {
  const scheduled = new Map<string, { at: number; from: Client }>()
  const t0 = performance.now() + 200
  const perClient = Math.round(seconds * RATE)
  const timers: Promise<void>[] = []
  clients.forEach((client, c) => {
    for (let i = 0; i < perClient; i++) {
      // Spread the clients over the interval so the load is even.
      const at = t0 + (i + c / clients.length) * (1000 / RATE)
      const id = `shape:${tag}-${c}-${i}`
      scheduled.set(id, { at, from: client })
      timers.push(
        new Promise((resolve) =>
          setTimeout(() => {
            client.raw.edit(() =>
              client.records.set(id, sampleNote(id, (i % 40) * 30, c * 40) as unknown as StoredRecord),
            )
            resolve()
          }, at - performance.now()),
        ),
      )
    }
  })
  await Promise.all(timers)
  return scheduled
}

function latencies(
  clients: Client[],
  scheduled: Map<string, { at: number; from: Client }>,
  crossOnly: boolean,
) {
  const values: number[] = []
  let missing = 0
  for (const [id, { at, from }] of scheduled) {
    for (const client of clients) {
      if (client === from || (crossOnly && client.instance === from.instance)) continue
      const arrived = client.arrivals.get(id)
      if (arrived === undefined) missing++
      else values.push(arrived - at)
    }
  }
  return { sorted: values.sort((x, y) => x - y), missing }
}

function report(label: string, result: { sorted: number[]; missing: number }): void {
  const { sorted, missing } = result
  console.log(
    `${label}: p50 ${percentile(sorted, 50).toFixed(1)} ms, p99 ${percentile(sorted, 99).toFixed(1)} ms, ` +
      `max ${(sorted.at(-1) ?? NaN).toFixed(1)} ms over ${sorted.length} deliveries; undelivered ${missing}`,
  )
}

async function board(): Promise<{ id: string; editKey: string }> {
  return a.createBoard({ templateId: 'blank' })
}

const all: Client[] = []
try {
  console.log(
    `${CLIENTS} clients, ${RATE} notes/s each for ${SECONDS} s (open loop), store: PostgreSQL (one schema, two processes)`,
  )

  // One instance: all 20 clients on A.
  const single = await board()
  const alone: Client[] = []
  for (let i = 0; i < CLIENTS; i++) alone.push(await connect(a, 'A', single.id, single.editKey))
  all.push(...alone)
  const aloneSchedule = await writeLoad(alone, SECONDS, 'one')
  await new Promise((resolve) => setTimeout(resolve, 2_000))
  const oneInstance = latencies(alone, aloneSchedule, false)
  report('one instance, client → client     ', oneInstance)

  // Two instances: 10 clients on A, 10 on B.
  const shared = await board()
  const split: Client[] = []
  for (let i = 0; i < CLIENTS; i++)
    split.push(await connect(i % 2 === 0 ? a : b, i % 2 === 0 ? 'A' : 'B', shared.id, shared.editKey))
  all.push(...split)
  const splitSchedule = await writeLoad(split, SECONDS, 'two')
  await new Promise((resolve) => setTimeout(resolve, 2_000))
  const cross = latencies(split, splitSchedule, true)
  report('two instances, across A ↔ B         ', cross)
  console.log(
    `ratio across/one: p50 ${(percentile(cross.sorted, 50) / percentile(oneInstance.sorted, 50)).toFixed(2)}×, ` +
      `p99 ${(percentile(cross.sorted, 99) / percentile(oneInstance.sorted, 99)).toFixed(2)}×`,
  )

  // Redis down for 10 s while both halves keep writing.
  await redis.stop()
  const downSince = performance.now()
  const outage = await writeLoad(split, 10, 'outage')
  await new Promise((resolve) => setTimeout(resolve, 2_000))
  const sameSide = latencies(split, outage, false)
  const sameSideDelivered = [...outage].every(([id, { from }]) =>
    split.filter((c) => c !== from && c.instance === from.instance).every((c) => c.arrivals.has(id)),
  )
  const crossDuring = latencies(split, outage, true)
  console.log(
    `Redis down ${((performance.now() - downSince) / 1000).toFixed(1)} s: ${outage.size} notes written; ` +
      `same-instance delivery ${sameSideDelivered ? 'continued for all' : 'INCOMPLETE'} ` +
      `(p50 ${percentile(
        sameSide.sorted.filter((v) => v < 60_000),
        50,
      ).toFixed(1)} ms); ` +
      `reached the other instance meanwhile: ${crossDuring.sorted.length} of ${crossDuring.sorted.length + crossDuring.missing}`,
  )
  const backAt = performance.now()
  await redis.start()
  const converged = () => latencies(split, outage, true).missing === 0
  while (!converged() && performance.now() - backAt < 60_000) await new Promise((r) => setTimeout(r, 50))
  const healed = performance.now() - backAt
  const lost = latencies(split, outage, true).missing
  console.log(
    `Redis back: converged ${lost === 0 ? `in ${(healed / 1000).toFixed(2)} s` : 'NOT within 60 s'} after the restart; ` +
      `notes missing on the other instance: ${lost}`,
  )
  // And in storage: every note, read back through instance B's snapshot.
  for (const client of split) await client.raw.saveReceipt(1)
  const stored = await (await fetch(`${b.url}/api/boards/${shared.id}/snapshot?key=${shared.editKey}`)).json()
  const storedIds = new Set((stored as { records: { id: string }[] }).records.map((r) => r.id))
  const notStored = [...splitSchedule.keys(), ...outage.keys()].filter((id) => !storedIds.has(id)).length
  console.log(`stored: ${storedIds.size} records; notes not stored: ${notStored}`)
} finally {
  for (const client of all) client.raw.terminate()
  await a.kill('SIGTERM')
  await b.kill('SIGTERM')
  await redis.stop()
  await schema.drop()
  rmSync(dataDir, { recursive: true, force: true })
}
