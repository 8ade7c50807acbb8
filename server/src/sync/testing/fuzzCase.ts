import type * as Y from 'yjs'

import type { StoredRecord } from '../../boards/boardDocument.ts'
import { testNote } from '../../testing/noteRecords.ts'
import type { SeededRandom } from '../../testing/seededRandom.ts'
import { recordsOf } from './boardOracle.ts'
import { chance, pick, randomString } from './fuzzValues.ts'
import { updateOf } from './hostileUpdates.ts'

// What every fuzz case is made of, and the helpers the kinds of cases share.

/**
 * What the server must do with a case: `accept` keeps the connection open; `refuse`,
 * `malformed`, `overLimit` and `tooLarge` close it with 4422, 4400, 4413 and 1009; `any` allows
 * staying open or any close of the contract (a case whose fate depends on timing or luck).
 */
export type Expectation = 'accept' | 'refuse' | 'malformed' | 'overLimit' | 'tooLarge' | 'any'

/** One fuzz case on a socket: frames to send on one connection and what must follow. */
export interface SocketCase {
  kind: string
  frames: Uint8Array[]
  expect: Expectation
  /** Close the connection afterwards: the case left it out of step with the server. */
  reset?: boolean
  /** What a failure report should show of the case. */
  detail?: string
  /** It may be held for its connection; a connection whose cases must be judged one by one closes after it. */
  holds?: boolean
  /**
   * Refused only after the server has pinged the connection whose client id it uses (a
   * browser back on a new socket is let through once its old one is found dead).
   */
  refusedAfterProbe?: boolean
}

/** What a case builder knows: the connection's doc (the board as the server sent it) and the run's state. */
export interface CaseContext {
  r: SeededRandom
  doc: Y.Doc
  /** Notes that must survive the run: never deleted by a case that may be accepted. */
  precious: ReadonlySet<string>
  /** Clients whose items no case may delete (the neighbour who wrote the precious notes). */
  protectedClients: ReadonlySet<number>
  /** Awareness ids of the neighbours (their presence must not change). */
  neighbourIds: readonly number[]
  /** Earlier states of the board, for updates built on a stale fork. */
  stale: Uint8Array[]
  nextNoteNumber: () => number
}

/** A kind of case: how often it is drawn, whether it builds on the board's doc, how it is built. */
export interface CaseKind {
  weight: number
  /** Builds on the connection's doc, which must hold the board (others only need a client id). */
  needsDoc: boolean
  build: (ctx: CaseContext) => SocketCase
}

/** A change on the connection's doc under a client id of its own, so the doc's own clocks stay in step. */
export function foreignUpdate(r: SeededRandom, doc: Y.Doc, change: (doc: Y.Doc) => void): Uint8Array {
  const own = doc.clientID
  doc.clientID = r.int(1, 2 ** 31)
  try {
    return updateOf(doc, change)
  } finally {
    doc.clientID = own
  }
}

/** Ids of the notes fuzz cases write: valid edits move and delete only these, never a neighbour's. */
export const FUZZ_NOTE_PREFIX = 'shape:fuzz-'

/** A valid note the fuzzer writes. */
export function freshNote(ctx: CaseContext, text = randomString(ctx.r) || 'Behov'): StoredRecord {
  const n = ctx.nextNoteNumber()
  return testNote(`${FUZZ_NOTE_PREFIX}${n}`, {
    x: ctx.r.int(-3_000, 6_000),
    y: ctx.r.int(-3_000, 6_000),
    text,
    n,
  })
}

/** A record the fuzzer may change: the printed layer, the document, the page, its own notes, a new one. */
export function targetRecord(ctx: CaseContext): StoredRecord {
  const records = [...recordsOf(ctx.doc).values()].filter((record) => !ctx.precious.has(record.id))
  return chance(ctx.r, 0.2) || records.length === 0 ? freshNote(ctx) : pick(ctx.r, records)
}
