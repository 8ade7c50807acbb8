import { expect } from 'vitest'
import type * as Y from 'yjs'

import type { StoredRecord } from '../../boards/boardDocument.ts'
import type { RunningServer } from '../../startServer.ts'
import { startConfiguredServer } from '../../testing/configuredTestServer.ts'
import { testNote } from '../../testing/noteRecords.ts'
import type { testServers } from '../../testing/testServer.ts'
import { boardProblems, recordsOf, storedBoard } from './boardOracle.ts'
import type { StoredBoard } from './boardOracle.ts'
import { CONTRACT_CLOSE, closedWithin } from './closeContract.ts'
import { putRecord, recordIn } from './hostileUpdates.ts'
import type { CloseInfo, RawSyncClient } from './rawSyncClient.ts'

type Harness = ReturnType<typeof testServers>

/** The keys of the board under attack; `facilitatorKey` when it is a workshop's group board. */
export interface SceneBoard {
  id: string
  editKey: string
  viewKey: string
  facilitatorKey?: string
}

/** The template with all three template-layer shapes: sheet, sections and a checklist. */
export const CHECKLIST_TEMPLATE = 'tidligfase-innovasjon'
const CLOSE_WAIT_MS = 5_000

const keyOf = (url: string) => new URL(url).searchParams.get('key')!

async function postJson(url: string, body: unknown): Promise<unknown> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  })
  if (response.status !== 201) throw new Error(`POST ${url}: ${response.status} ${await response.text()}`)
  return response.json()
}

/**
 * A board under attack and the people minding their own business on it: a real in-process
 * server, a board with the checklist template, a `writer` who has written some notes and a
 * `watcher` who sees them. After an attack, the scene checks what issue 10 promises: the
 * attacker was closed with the contract's code and a reason, nothing of the attack reached the
 * board, the store or the neighbours, the neighbours still edit together, and the board loads
 * from storage with every note valid.
 */
export class AttackScene {
  server: RunningServer
  writer: RawSyncClient
  watcher: RawSyncClient
  /** Every note the neighbours wrote, as they wrote it: all of them must survive any attack. */
  readonly notes = new Map<string, StoredRecord>()
  readonly board: SceneBoard
  private readonly harness: Harness
  private readonly dir: string
  private readonly env: Record<string, string> | undefined
  private receipts = 0
  /** Servers started with settings of their own, which the harness does not know about. */
  private static readonly configured = new Set<RunningServer>()

  private constructor(
    harness: Harness,
    dir: string,
    server: RunningServer,
    board: SceneBoard,
    clients: { writer: RawSyncClient; watcher: RawSyncClient },
    env: Record<string, string> | undefined,
  ) {
    this.harness = harness
    this.dir = dir
    this.env = env
    this.server = server
    this.board = board
    this.writer = clients.writer
    this.watcher = clients.watcher
  }

  /**
   * Starts a server (with environment settings `env` on top of the defaults, if given) with a
   * board (a workshop's group board if `workshop`) and two neighbours on it.
   */
  static async open(
    harness: Harness,
    options: { workshop?: boolean; notes?: number; env?: Record<string, string> } = {},
  ): Promise<AttackScene> {
    const dir = harness.tempDir()
    const server = await AttackScene.startServer(harness, dir, options.env)
    const board = options.workshop ? await createGroupBoard(server) : await createBoard(server)
    const join = async () => {
      const client = await harness.joinRoom(server, board.id, board.editKey)
      await client.roundTrip()
      return client
    }
    const clients = { writer: await join(), watcher: await join() }
    const scene = new AttackScene(harness, dir, server, board, clients, options.env)
    for (let i = 0; i < (options.notes ?? 3); i++) await scene.writeNote(`Behov ${i + 1}`)
    return scene
  }

  /** Closes the servers started with their own settings (after each test, with the harness's cleanup). */
  static async cleanup(): Promise<void> {
    for (const server of AttackScene.configured) await server.close()
    AttackScene.configured.clear()
  }

  private static async startServer(harness: Harness, dir: string, env: Record<string, string> | undefined) {
    if (!env) return harness.start(dir)
    const server = await startConfiguredServer(dir, env)
    AttackScene.configured.add(server)
    return server
  }

  /** A new connection (an attacker, say) whose doc holds the board as the server has it. */
  async join(key: string = this.board.editKey): Promise<RawSyncClient> {
    const client = await this.harness.joinRoom(this.server, this.board.id, key)
    await client.roundTrip()
    return client
  }

  /** The writer adds a valid note; resolves once the watcher has it. */
  async writeNote(text: string): Promise<StoredRecord> {
    const n = this.notes.size
    const note = testNote(`shape:neighbour-${n}`, {
      x: 100 + (n % 5) * 240,
      y: 2_000 + Math.floor(n / 5) * 240,
      text,
      n,
    })
    const from = this.watcher.frames.length
    this.writer.edit((doc) => putRecord(doc, note))
    await this.watcher.waitFor('update', () => recordIn(this.watcher.doc, note.id) !== undefined, from)
    this.notes.set(note.id, note)
    return note
  }

  /** What storage holds once everything the server applied so far is stored. */
  async stored(): Promise<StoredBoard> {
    await this.writer.saveReceipt(++this.receipts)
    return storedBoard(this.server.store, this.board.id)
  }

  /** The board as the server holds it in memory now (asked by the watcher, who also catches up). */
  serverState(): Promise<Y.Doc> {
    return this.watcher.roundTrip()
  }

  /** The attacker's connection was closed with `code` and a reason (for 4422: `update refused…`). */
  async expectClosed(client: RawSyncClient, code: number): Promise<CloseInfo> {
    const closed = await closedWithin(client, CLOSE_WAIT_MS)
    expect(closed, `closed with ${code} within ${CLOSE_WAIT_MS} ms`).not.toBeNull()
    expect(closed!.code).toBe(code)
    expect(closed!.reason).not.toBe('')
    if (code === CONTRACT_CLOSE.refused) expect(closed!.reason).toMatch(/^update refused/)
    return closed!
  }

  /**
   * Runs an attack from a fresh connection and checks everything around it: closed with `code`,
   * no update relayed to the neighbours, the server's state and storage as before, the
   * neighbours still synced, the board loading from storage. Answers the close.
   */
  async expectRefused(
    attack: (attacker: RawSyncClient) => unknown,
    code: number = CONTRACT_CLOSE.refused,
    key?: string,
  ): Promise<CloseInfo> {
    const attacker = await this.join(key)
    const close = await this.expectAttackHeldOff(attacker, async () => {
      await attack(attacker)
      return this.expectClosed(attacker, code)
    })
    await this.expectNeighboursSynced()
    await this.expectBoardLoads()
    return close
  }

  /** Runs `attack` and checks that neither the neighbours, the server's doc nor storage saw any of it. */
  async expectAttackHeldOff<T>(attacker: RawSyncClient, attack: () => Promise<T>): Promise<T> {
    const storedBefore = await this.stored()
    const stateBefore = recordsOf(await this.serverState())
    const relayedBefore = this.watcher.framesOf('update').length
    const result = await attack()
    await attacker.roundTrip().catch(() => undefined) // a held update has been handled by now
    const state = await this.serverState()
    expect(this.watcher.framesOf('update').length, 'updates relayed to a neighbour').toBe(relayedBefore)
    expect(recordsOf(state)).toEqual(stateBefore)
    expect(boardProblems(state)).toEqual([])
    expect(await this.stored()).toEqual(storedBefore)
    return result
  }

  /** Both neighbours are connected, and a note one of them writes now reaches the other. */
  async expectNeighboursSynced(): Promise<void> {
    expect(await closedWithin(this.writer, 0)).toBeNull()
    expect(await closedWithin(this.watcher, 0)).toBeNull()
    await this.writeNote(`Etter angrepet ${this.notes.size}`)
  }

  /**
   * Restarts the server (the room is unloaded and loaded again from storage) and joins with a
   * fresh client: every record valid, every neighbour's note there as written. The neighbours
   * are reconnected afterwards.
   */
  async expectBoardLoads(): Promise<void> {
    this.writer.terminate()
    this.watcher.terminate()
    await this.server.close()
    this.server = await AttackScene.startServer(this.harness, this.dir, this.env)
    const fresh = await this.join()
    const doc = await fresh.roundTrip()
    expect(boardProblems(doc)).toEqual([])
    const records = recordsOf(doc)
    for (const [id, note] of this.notes) expect(records.get(id), id).toEqual(note)
    const snapshot = await fetch(
      `${this.server.url}/api/boards/${this.board.id}/snapshot?key=${this.board.viewKey}`,
    )
    expect(snapshot.status).toBe(200)
    this.writer = fresh
    this.watcher = await this.join()
  }
}

async function createBoard(server: RunningServer): Promise<SceneBoard> {
  const board = (await postJson(`${server.url}/api/boards`, { templateId: CHECKLIST_TEMPLATE })) as SceneBoard
  return { id: board.id, editKey: board.editKey, viewKey: board.viewKey }
}

async function createGroupBoard(server: RunningServer): Promise<SceneBoard> {
  const workshop = (await postJson(`${server.url}/api/workshops`, {
    templateId: CHECKLIST_TEMPLATE,
    groups: 1,
  })) as {
    facilitatorKey: string
    groups: { boardId: string; editUrl: string; viewUrl: string }[]
  }
  const group = workshop.groups[0]!
  return {
    id: group.boardId,
    editKey: keyOf(group.editUrl),
    viewKey: keyOf(group.viewUrl),
    facilitatorKey: workshop.facilitatorKey,
  }
}
