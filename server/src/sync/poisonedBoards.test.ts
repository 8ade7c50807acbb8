import { pino } from 'pino'
import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'

import type { StoredRecord } from '../boards/boardDocument.ts'
import { parseConfig } from '../config.ts'
import { startServer } from '../startServer.ts'
import type { RunningServer } from '../startServer.ts'
import { SqliteStore } from '../storage/SqliteStore.ts'
import { testNote } from '../testing/noteRecords.ts'
import { testServers } from '../testing/testServer.ts'
import { CHECKLIST_TEMPLATE } from './testing/AttackScene.ts'
import { BOARD_READER_PATHS } from './testing/boardReaders.ts'
import { boardProblems, recordsOf, storedDoc } from './testing/boardOracle.ts'
import { redact } from '../logger.ts'
import { putRecord, recordIn } from './testing/hostileUpdates.ts'
import {
  ALL_POISONS,
  POISONS,
  poisonStoredBoard,
  sqliteFileOf,
  storeUpdateWithGap,
} from './testing/poisonStore.ts'
import type { Poison } from './testing/poisonStore.ts'

// Boards poisoned before the server checked every update (or by hand in the database) must
// open: on load the server drops what no browser could load, says so in its log, stores the
// repair, and every reader answers 200, never 500.

const harness = testServers()
const logged: RunningServer[] = []
afterEach(async () => {
  for (const server of logged.splice(0)) await server.close()
  await harness.cleanup()
})

interface Board {
  id: string
  editKey: string
  viewKey: string
}

/** A stopped server's data directory with a board of four notes; answers the notes. */
async function boardWithNotes(): Promise<{ dir: string; board: Board; notes: StoredRecord[] }> {
  const dir = harness.tempDir()
  const server = await harness.start(dir)
  const response = await fetch(`${server.url}/api/boards`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ templateId: CHECKLIST_TEMPLATE }),
  })
  const board = (await response.json()) as Board
  const writer = await harness.joinRoom(server, board.id, board.editKey)
  await writer.roundTrip()
  const notes = [0, 1, 2, 3].map((n) =>
    testNote(`shape:kept-${n}`, { x: 100 + n * 240, y: 2_000, text: `Behov ${n}`, n }),
  )
  for (const note of notes) writer.edit((doc) => putRecord(doc, note))
  await writer.saveReceipt(1)
  writer.terminate()
  await server.close()
  return { dir, board, notes }
}

interface LogLine {
  level: number
  msg: string
  board?: string
}

/** Warnings (and worse) the server logged about a board (logs name boards by a prefix only). */
const warningsAbout = (lines: LogLine[], boardId: string) =>
  lines.filter((line) => line.level >= 40 && line.board === redact(boardId)).map((line) => line.msg)

/** A server on `dir` whose log lines are kept (as parsed JSON). */
async function startLogged(dir: string): Promise<{ server: RunningServer; lines: LogLine[] }> {
  const lines: LogLine[] = []
  const logger = pino({ level: 'info' }, { write: (line: string) => lines.push(JSON.parse(line)) })
  const server = await startServer(
    { ...parseConfig({ DATA_DIR: dir }), port: 0 },
    { logger, clientDir: null, unloadDelayMs: 50 },
  )
  logged.push(server)
  return { server, lines }
}

/** Every route that reads the board, each answering 200 (or 201 for a new version). */
async function expectReadersAnswer(server: RunningServer, board: Board): Promise<void> {
  const base = `${server.url}/api/boards/${board.id}`
  const key = `key=${board.editKey}`
  for (const path of ['', ...BOARD_READER_PATHS]) {
    const response = await fetch(`${base}${path}?${key}`)
    expect(response.status, `GET ${path || '/'}`).toBe(200)
    await response.arrayBuffer()
  }
  const version = await fetch(`${base}/versions?${key}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ name: 'Etter reparasjon' }),
  })
  expect(version.status, 'POST /versions').toBe(201)
  const locale = await fetch(`${base}/locale?${key}`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ locale: 'en' }),
  })
  expect(locale.status, 'PUT /locale').toBe(200)
  expect((await fetch(`${server.url}/healthz`)).status).toBe(200)
}

/** Joins with a fresh raw client: every record valid, every expected note as written. */
async function expectBoardOpens(server: RunningServer, board: Board, notes: StoredRecord[]): Promise<Y.Doc> {
  const client = await harness.joinRoom(server, board.id, board.editKey)
  const doc = await client.roundTrip()
  expect(boardProblems(doc)).toEqual([])
  const records = recordsOf(doc)
  for (const note of notes) expect(records.get(note.id), note.id).toEqual(note)
  return doc
}

async function storedProblems(dir: string, boardId: string): Promise<string[]> {
  const store = new SqliteStore(sqliteFileOf(dir))
  try {
    return boardProblems(await storedDoc(store, boardId))
  } finally {
    await store.close()
  }
}

async function expectRepairedOnLoad(poison: Poison | 'gap'): Promise<void> {
  const { dir, board, notes } = await boardWithNotes()
  const deleted = poison === 'gap' ? [] : await poisonStoredBoard(dir, board.id, poison)
  if (poison === 'gap') await storeUpdateWithGap(dir, board.id)
  else expect(await storedProblems(dir, board.id), 'the poison is in storage').not.toEqual([])
  const expected = notes.filter((note) => !deleted.includes(note.id))

  const { server, lines } = await startLogged(dir)
  await expectReadersAnswer(server, board) // the first reader loads (and repairs) the board
  await expectBoardOpens(server, board, expected)
  expect(warningsAbout(lines, board.id), 'the repair is logged').not.toEqual([])

  // The neighbours on the repaired board edit together.
  const [a, b] = [
    await harness.joinRoom(server, board.id, board.editKey),
    await harness.joinRoom(server, board.id, board.editKey),
  ]
  await Promise.all([a.roundTrip(), b.roundTrip()])
  const after = testNote('shape:after', { x: 0, y: 3_000, text: 'Etter', n: 50 })
  a.edit((doc) => putRecord(doc, after))
  await b.waitFor('update', () => recordIn(b.doc, after.id) !== undefined)

  // The repair was stored: the next load finds nothing to repair.
  a.terminate()
  b.terminate()
  await server.close()
  expect(await storedProblems(dir, board.id)).toEqual([])
  const again = await startLogged(dir)
  await expectBoardOpens(again.server, board, [...expected, after])
  expect(warningsAbout(again.lines, board.id)).toEqual([])
}

describe('a poisoned board opens, repaired on load', () => {
  it.each([...POISONS, ALL_POISONS].map((poison) => [poison.name, poison] as const))(
    'repairs %s',
    async (_name, poison) => {
      await expectRepairedOnLoad(poison)
    },
  )

  it('repairs stored structs that follow a gap (they can never be placed)', async () => {
    await expectRepairedOnLoad('gap')
  })

  it('restores a version saved from a poisoned board without bringing the poison back', async () => {
    const { dir, board, notes } = await boardWithNotes()
    const store = new SqliteStore(sqliteFileOf(dir))
    const poisoned = await storedDoc(store, board.id)
    for (const poison of POISONS) if (!poison.deletes) poison.write(poisoned)
    const version = await store.saveVersion(board.id, 'forgiftet', Y.encodeStateAsUpdate(poisoned))
    await store.close()

    const { server } = await startLogged(dir)
    const response = await fetch(
      `${server.url}/api/boards/${board.id}/versions/${version.id}/restore?key=${board.editKey}`,
      {
        method: 'POST',
      },
    )
    expect(response.status).toBe(200)
    await expectReadersAnswer(server, board)
    await expectBoardOpens(server, board, notes)
  })
})
