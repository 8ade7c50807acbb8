import * as Y from 'yjs'

import { seededRandom } from '../../testing/seededRandom.ts'
import { CONTRACT_CLOSE, REFUSAL_CODES, closedWithin } from './closeContract.ts'
import { buildViewerCase, drawCaseKind } from './fuzzCases.ts'
import type { CaseContext, SocketCase } from './fuzzCase.ts'
import { buildHttpCase } from './fuzzHttp.ts'
import type { HttpCase } from './fuzzHttp.ts'
import { RawSyncClient, syncUrl } from './rawSyncClient.ts'
import type { CloseInfo } from './rawSyncClient.ts'

/** The board the fuzzer attacks, and what it must leave alone. */
export interface FuzzTarget {
  /** The server's HTTP base URL. */
  url: string
  board: { id: string; editKey: string; viewKey: string }
  /**
   * The board HTTP cases write to (versions, language): another one, so that no change of the
   * server's own races a socket case's expectation. The fuzzed board if not given.
   */
  httpBoard?: { id: string; editKey: string }
  /** Notes that must survive: no case that may be accepted deletes or changes them. */
  precious: ReadonlySet<string>
  /** Client ids whose items no case deletes (whoever wrote the precious notes). */
  protectedClients: ReadonlySet<number>
  /** Awareness ids of the neighbours, whose presence cases try to overwrite. */
  neighbourIds: readonly number[]
  /** A neighbour's valid edit, run now and then: it fills the clocks held updates guessed. */
  neighbourEdit?: () => Promise<void>
}

export interface FuzzOptions {
  seed: number
  cases: number
  /** Share of cases that are HTTP requests to the JSON routes. */
  httpShare?: number
  /**
   * Connections: judged case by case (`strict`), judged loosely because the updates they hold
   * may be released by anyone's later edit (`chaos`), and viewers'; with the share of cases each
   * kind of connection gets.
   */
  lanes?: { strict: number; chaos: number; viewer: number }
  shares?: { chaos: number; viewer: number }
  neighbourEditEvery?: number
}

/** What a run did, for the test to assert on and print. */
export interface FuzzReport {
  seed: number
  cases: number
  ms: number
  kinds: Record<string, number>
  /** `open` or the close code, per case. */
  outcomes: Record<string, number>
  httpStatuses: Record<string, number>
  reconnects: number
  /** Broken promises: a close outside the contract or without a reason, an expectation missed, a 5xx. */
  faults: string[]
}

type LaneRole = 'strict' | 'chaos' | 'viewer'
const SETTLE_CLOSE_MS = 2_000
const MAX_FAULTS_KEPT = 40

/** One connection the fuzzer sends cases on, reconnected whenever the server closed it. */
class Lane {
  private client: RawSyncClient | null = null
  private closedWith: CloseInfo | null = null
  private synced = false
  /** The board as this lane last saw it: a new connection starts from it and fetches only what is new. */
  private base: Uint8Array | null = null
  private syncs = 0
  readonly role: LaneRole
  private readonly url: string

  constructor(role: LaneRole, url: string) {
    this.role = role
    this.url = url
  }

  /** The open connection; a new one if the server closed the last. Its doc may not hold the board yet. */
  async ready(onReconnect: () => void): Promise<RawSyncClient> {
    if (this.client && !this.closedWith) return this.client
    const client = await RawSyncClient.join(this.url)
    this.client = client
    this.closedWith = null
    this.synced = false
    void client.closed.then((info) => {
      if (this.client === client) this.closedWith = info
    })
    onReconnect()
    return client
  }

  /** Makes the connection's doc hold the board as the server has it. */
  async sync(): Promise<void> {
    if (this.synced || !this.client) return
    if (this.base) Y.applyUpdate(this.client.doc, this.base)
    await settle(this.client)
    this.synced = true
    if (this.syncs++ % 25 === 0) this.base = Y.encodeStateAsUpdate(this.client.doc)
  }

  /** Ends the connection (and whatever the server held for it). */
  async reset(): Promise<void> {
    const client = this.client
    this.client = null
    if (client) await client.close()
  }
}

/** Waits until the server has handled what was sent (it answers a sync step 1 in order) or closed. */
async function settle(client: RawSyncClient): Promise<CloseInfo | 'open' | 'silent'> {
  const from = client.frames.length
  // Nothing of our own client back: a forked branch of it must not land in this doc.
  const stateVector = Y.decodeStateVector(Y.encodeStateVector(client.doc))
  stateVector.set(client.doc.clientID, Number.MAX_SAFE_INTEGER)
  client.sendSyncStep1(Y.encodeStateVector(stateVector))
  try {
    await client.waitFor('syncStep2', () => true, from)
    return 'open'
  } catch {
    return (await closedWithin(client, SETTLE_CLOSE_MS)) ?? 'silent'
  }
}

/** Why an outcome breaks the contract for this case, or null. */
function judge(c: SocketCase, outcome: CloseInfo | 'open' | 'silent', loose: boolean): string | null {
  if (outcome === 'silent') return 'no answer and no close'
  if (outcome !== 'open') {
    if (!REFUSAL_CODES.has(outcome.code)) return `closed with ${outcome.code} "${outcome.reason}"`
    if (outcome.reason === '') return `closed with ${outcome.code} without a reason`
  }
  const expected = loose ? 'any' : c.expect
  const code = outcome === 'open' ? 'open' : outcome.code
  switch (expected) {
    case 'any':
      return null
    case 'accept':
      return code === 'open' ? null : `refused (${code} "${outcome !== 'open' ? outcome.reason : ''}")`
    case 'refuse':
      if (code !== CONTRACT_CLOSE.refused) return `not refused (${code})`
      return (outcome as CloseInfo).reason.startsWith('update refused')
        ? null
        : 'reason does not start with "update refused"'
    case 'malformed':
      return code === CONTRACT_CLOSE.malformed ? null : `not closed as malformed (${code})`
    case 'overLimit':
      return code === CONTRACT_CLOSE.overLimit ? null : `not closed as over a limit (${code})`
    case 'tooLarge':
      return code === CONTRACT_CLOSE.tooLarge ? null : `not closed as too large (${code})`
  }
}

async function sendHttp(url: string, c: HttpCase): Promise<number | string> {
  // A string body would get text/plain from fetch itself; bytes get no content type unless asked.
  const body =
    typeof c.body === 'string' && c.contentType !== null
      ? c.body
      : new Uint8Array(typeof c.body === 'string' ? new TextEncoder().encode(c.body) : c.body)
  try {
    const response = await fetch(`${url}${c.path}`, {
      method: c.method,
      headers: c.contentType ? { 'Content-Type': c.contentType } : {},
      body,
    })
    await response.arrayBuffer()
    return response.status
  } catch (error) {
    return `network error: ${(error as Error).message}`
  }
}

const count = (tally: Record<string, number>, key: string | number) => (tally[key] = (tally[key] ?? 0) + 1)

/**
 * Throws `cases` seeded cases at a board: random, truncated and bit-flipped frames, hostile
 * but well-formed Yjs updates, presence frames and HTTP bodies, on several connections at once,
 * reconnecting whenever the server closes one. Each case is judged against issue 10's contract.
 */
export async function fuzzBoard(target: FuzzTarget, options: FuzzOptions): Promise<FuzzReport> {
  const started = performance.now()
  const { seed, cases } = options
  const httpShare = options.httpShare ?? 0.08
  const laneCounts = options.lanes ?? { strict: 2, chaos: 1, viewer: 1 }
  const editUrl = syncUrl(target.url, target.board.id, target.board.editKey)
  const viewUrl = syncUrl(target.url, target.board.id, target.board.viewKey)
  const lanes = [
    ...Array.from({ length: laneCounts.strict }, () => new Lane('strict', editUrl)),
    ...Array.from({ length: laneCounts.chaos }, () => new Lane('chaos', editUrl)),
    ...Array.from({ length: laneCounts.viewer }, () => new Lane('viewer', viewUrl)),
  ]
  const report: FuzzReport = {
    seed,
    cases: 0,
    ms: 0,
    kinds: {},
    outcomes: {},
    httpStatuses: {},
    reconnects: 0,
    faults: [],
  }
  let faultCount = 0
  const fault = (i: number, kind: string, what: string) => {
    faultCount++
    if (report.faults.length < MAX_FAULTS_KEPT) report.faults.push(`case ${i} (${kind}): ${what}`)
  }
  const stale: Uint8Array[] = []
  let noteNumber = 1_000
  // Each case is dealt to a kind of connection by its own random draw, so a fast connection
  // (a viewer's is never closed) does not take more than its share.
  const shares = options.shares ?? { chaos: 0.15, viewer: 0.05 }
  const queues = new Map(lanes.map((lane) => [lane, [] as number[]]))
  const turn = { strict: 0, chaos: 0, viewer: 0 }
  for (let i = 0; i < cases; i++) {
    const roll = seededRandom((seed ^ Math.imul(i + 1, 0x85ebca6b)) >>> 0).next()
    const role: LaneRole =
      roll < shares.viewer ? 'viewer' : roll < shares.viewer + shares.chaos ? 'chaos' : 'strict'
    const candidates = lanes.filter((lane) => lane.role === role)
    const chosen =
      candidates.length > 0 ? candidates[turn[role]++ % candidates.length]! : lanes[i % lanes.length]!
    queues.get(chosen)!.push(i)
  }

  const runLane = async (lane: Lane) => {
    for (const i of queues.get(lane)!) {
      const r = seededRandom((seed ^ Math.imul(i + 1, 0x9e3779b1)) >>> 0)
      if (target.neighbourEdit && i > 0 && i % (options.neighbourEditEvery ?? 500) === 0)
        await target.neighbourEdit()
      if (r.next() < httpShare) {
        const c = buildHttpCase(r, target.httpBoard ?? target.board)
        const status = await sendHttp(target.url, c)
        count(report.kinds, c.kind)
        count(report.httpStatuses, status)
        if (typeof status !== 'number' || status >= 500)
          fault(i, `${c.kind} ${c.method} ${c.path.split('?')[0]}`, String(status))
        report.cases++
        continue
      }
      let client: RawSyncClient
      const kind = lane.role === 'viewer' ? null : drawCaseKind(r)
      try {
        client = await lane.ready(() => report.reconnects++)
        if (!kind || kind.needsDoc) await lane.sync()
      } catch (error) {
        fault(i, 'connect', (error as Error).message)
        report.cases++
        continue
      }
      if (i % 250 === 0 && (!kind || kind.needsDoc)) {
        stale.push(Y.encodeStateAsUpdate(client.doc))
        if (stale.length > 4) stale.shift()
      }
      const ctx: CaseContext = {
        r,
        doc: client.doc,
        precious: target.precious,
        protectedClients: target.protectedClients,
        neighbourIds: target.neighbourIds,
        stale,
        nextNoteNumber: () => noteNumber++,
      }
      let c: SocketCase
      try {
        c = kind ? kind.build(ctx) : buildViewerCase(ctx)
      } catch (error) {
        // The board is in a state the case cannot build on (a server that let junk in): skip it.
        count(report.kinds, `unbuildable: ${(error as Error).message.slice(0, 60)}`)
        await lane.reset()
        report.cases++
        continue
      }
      for (const frame of c.frames) client.send(frame)
      // The neighbour answers the server's ping at once; the refusal follows within moments.
      const probed = c.refusedAfterProbe ? await closedWithin(client, SETTLE_CLOSE_MS) : null
      const outcome = probed ?? (await settle(client))
      count(report.kinds, c.kind)
      count(report.outcomes, outcome === 'open' || outcome === 'silent' ? outcome : outcome.code)
      const problem = judge(c, outcome, lane.role === 'chaos')
      if (problem) fault(i, c.kind, c.detail ? `${problem}: ${c.detail}` : problem)
      if (outcome === 'open') {
        if (lane.role !== 'chaos' && (c.reset || c.holds)) await lane.reset()
      }
      report.cases++
    }
  }
  await Promise.all(lanes.map(runLane))
  await Promise.all(lanes.map((lane) => lane.reset()))
  report.ms = Math.round(performance.now() - started)
  if (faultCount > report.faults.length) report.faults.push(`… ${faultCount - report.faults.length} more`)
  return report
}
