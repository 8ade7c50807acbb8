import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import type { CreatedBoard } from '@bordduk/shared'
import { createBorddukSchema } from '@bordduk/shared/shapes'

import type { StoredRecord } from '../boards/boardDocument.ts'
import { RawSyncClient, syncUrl } from '../sync/testing/rawSyncClient.ts'
import { clientFrames } from '../sync/testing/syncFrames.ts'
import { clientRecords, noteText, testNote } from '../testing/noteRecords.ts'
import { seededRandom } from '../testing/seededRandom.ts'
import type { SeededRandom } from '../testing/seededRandom.ts'
import { ServerProcess, freePort } from '../testing/ServerProcess.ts'
import { adminQuery, createTestSchema } from '../testing/postgresTestSchema.ts'
import { requirePostgres } from '../testing/requirePostgres.ts'
import type { TestSchema } from '../testing/postgresTestSchema.ts'

/** Change the seed to replay another schedule; the one that ran is printed. */
const SEED = 0x0b0a_2d10
const ROUNDS = 4
const CLIENTS = 10
/**
 * Each round's kill lands this long after the first edit was acknowledged (counting from the
 * first receipt, not the first edit, so a slow or busy machine still kills mid-saving).
 */
const KILL_AFTER_MS = { min: 150, max: 1_500 }
/** A client waits this long between two edits (0: the next edit right after the previous). */
const EDIT_GAP_MS = { min: 0, max: 12 }

/** One edit a client sent: the note and the version its text carries. */
interface SentEdit {
  noteId: string
  version: number
}

interface RoundReport {
  round: number
  killAfterMs: number
  sent: number
  acknowledged: number
  /** Acknowledged edits (of this round or before) missing after the restart. */
  lost: string[]
}

const VERSION_TEXT = /^client (\d+) note (\d+) v(\d+)$/

function versionOf(record: StoredRecord | undefined): number {
  const match = VERSION_TEXT.exec(noteText(record) ?? '')
  return match ? Number(match[3]) : 0
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * One participant: adds notes and edits its own notes (each edit raises the note's version in
 * its text), asking for a save receipt after every edit, until its socket closes.
 */
async function editUntilClosed(
  client: RawSyncClient,
  clientIndex: number,
  random: SeededRandom,
  nextNote: { n: number },
): Promise<SentEdit[]> {
  const records = clientRecords(client.doc)
  const sent: SentEdit[] = []
  let open = true
  void client.closed.then(() => (open = false))
  while (open) {
    const own = [...records.map.keys()].filter((id) => id.startsWith(`shape:c${clientIndex}-`))
    const noteId =
      own.length === 0 || random.next() < 0.35
        ? `shape:c${clientIndex}-n${nextNote.n++}`
        : own[random.int(0, own.length - 1)]!
    const n = Number(noteId.split('-n')[1])
    const version = versionOf(records.get(noteId)) + 1
    const note = testNote(noteId, {
      x: clientIndex * 300 + random.int(0, 200),
      y: n * 220 + random.int(0, 200),
      text: `client ${clientIndex} note ${n} v${version}`,
      n: clientIndex * 1_000 + n,
    })
    client.edit(() => records.set(noteId, note))
    sent.push({ noteId, version })
    // Receipt seq k covers the first k edits sent on this socket.
    client.send(clientFrames.saveReceiptRequest(sent.length))
    await sleep(random.int(EDIT_GAP_MS.min, EDIT_GAP_MS.max))
  }
  return sent
}

/** The edits the server said were stored: everything sent before the highest receipt seq. */
function acknowledged(client: RawSyncClient, sent: SentEdit[]): SentEdit[] {
  const highest = Math.max(0, ...client.framesOf('saveReceipt').map((f) => f.seq))
  return sent.slice(0, highest)
}

/** Acknowledged edits the server's state does not hold (a note missing or at an older version). */
function lostEdits(state: ReturnType<typeof clientRecords>, acked: Map<string, number>): string[] {
  const lost: string[] = []
  for (const [noteId, version] of acked) {
    const found = versionOf(state.get(noteId))
    if (found < version) lost.push(`${noteId}: acknowledged v${version}, found v${found}`)
  }
  return lost
}

/**
 * Rounds of editing clients and a SIGKILL at a random moment, each followed by a restart and an
 * audit of what the server holds; answers one report per round.
 */
async function killRounds(
  server: ServerProcess,
  env: Record<string, string>,
  storeName: string,
): Promise<RoundReport[]> {
  const random = seededRandom(SEED)
  await server.start(env)
  const board: CreatedBoard = await server.createBoard()
  const url = () => syncUrl(server.url, board.id, board.editKey)

  /** Highest acknowledged version per note, over every round so far. */
  const acked = new Map<string, number>()
  const nextNote = Array.from({ length: CLIENTS }, () => ({ n: 0 }))
  const reports: RoundReport[] = []

  for (let round = 1; round <= ROUNDS; round++) {
    const clients = await Promise.all(Array.from({ length: CLIENTS }, () => RawSyncClient.join(url())))
    // Each client starts from the server's state, as the browser does after a reconnect.
    await Promise.all(clients.map((c) => c.roundTrip()))

    const editing = clients.map((client, i) =>
      editUntilClosed(client, i, seededRandom(random.int(0, 2 ** 31)), nextNote[i]!),
    )
    const killAfterMs = random.int(KILL_AFTER_MS.min, KILL_AFTER_MS.max)
    const firstReceipt = Date.now() + 30_000
    while (!clients.some((c) => c.framesOf('saveReceipt').length > 0) && Date.now() < firstReceipt)
      await sleep(2)
    await sleep(killAfterMs)
    await server.kill('SIGKILL')
    await Promise.all(clients.map((c) => c.closed))
    const sent = await Promise.all(editing)

    let acknowledgedThisRound = 0
    clients.forEach((client, i) => {
      for (const edit of acknowledged(client, sent[i]!)) {
        acknowledgedThisRound++
        acked.set(edit.noteId, Math.max(acked.get(edit.noteId) ?? 0, edit.version))
      }
    })
    await server.start(env)
    const auditor = await RawSyncClient.join(url())
    const recovered = clientRecords(await auditor.roundTrip())
    auditor.terminate()
    const report: RoundReport = {
      round,
      killAfterMs,
      sent: sent.reduce((sum, s) => sum + s.length, 0),
      acknowledged: acknowledgedThisRound,
      lost: lostEdits(recovered, acked),
    }
    reports.push(report)
    console.log(
      `crash recovery on ${storeName} (seed 0x${SEED.toString(16)}) round ${round}: killed ${killAfterMs} ms after the first receipt; ` +
        `${report.acknowledged} of ${report.sent} edits acknowledged; after restart ${recovered.map.size} ` +
        `records, ${report.lost.length} acknowledged edits (of any round so far) missing`,
    )
  }
  await server.kill('SIGTERM')
  return reports
}

describe('crash recovery', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'bordduk-crash-'))
  let server: ServerProcess | undefined
  afterAll(async () => {
    await server?.kill()
    rmSync(dataDir, { recursive: true, force: true })
  })

  it('writes notes the tldraw schema accepts', () => {
    const schema = createBorddukSchema()
    const note = testNote('shape:c1-n2', { x: 1, y: 2, text: 'client 1 note 2 v3', n: 1_002 })
    expect(() => schema.validateRecord(null as never, note as never, 'createRecord', null)).not.toThrow()
    expect(versionOf(note)).toBe(3)
  })

  it(
    'loses no acknowledged edit when the server is SIGKILLed at random moments',
    { timeout: 120_000 },
    async () => {
      server = new ServerProcess(await freePort(), dataDir)
      const reports = await killRounds(server, {}, 'SQLite')
      for (const report of reports) {
        expect(report.lost, `acknowledged edits lost after kill ${report.round}`).toEqual([])
        // A round where nothing was acknowledged before the kill would prove nothing.
        expect(report.acknowledged, `edits acknowledged before kill ${report.round}`).toBeGreaterThan(0)
      }
    },
  )
})

// The same rounds on PostgreSQL: "saved" must mean committed there too.
const postgres = await requirePostgres('crash recovery on PostgreSQL')

describe.skipIf(!postgres)('crash recovery on PostgreSQL', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'bordduk-crash-pg-'))
  let server: ServerProcess | undefined
  let schema: TestSchema | undefined
  afterAll(async () => {
    await server?.kill()
    await schema?.drop()
    rmSync(dataDir, { recursive: true, force: true })
  })

  it(
    'loses no acknowledged edit when the server is SIGKILLed at random moments',
    { timeout: 120_000 },
    async () => {
      schema = await createTestSchema()
      server = new ServerProcess(await freePort(), dataDir)
      const reports = await killRounds(server, { DATABASE_URL: schema.url }, 'PostgreSQL')
      expect(server.logs).not.toContain('bordduk.sqlite')
      const tables = await adminQuery(`SELECT count(*)::int AS boards FROM ${schema.name}.boards`)
      expect(tables.rows[0]).toEqual({ boards: 1 }) // the board lives in PostgreSQL
      for (const report of reports) {
        expect(report.lost, `acknowledged edits lost after kill ${report.round}`).toEqual([])
        expect(report.acknowledged, `edits acknowledged before kill ${report.round}`).toBeGreaterThan(0)
      }
    },
  )
})
