import * as Y from 'yjs'

import { awarenessFrame, wrapAwareness } from './awarenessFrames.ts'
import { foreignUpdate, freshNote } from './fuzzCase.ts'
import type { CaseContext, CaseKind } from './fuzzCase.ts'
import { chance, pick, randomBytes, randomString, randomValue } from './fuzzValues.ts'
import { pushEntry, putRecord } from './hostileUpdates.ts'
import { clientFrames } from './syncFrames.ts'

// Frames below the level of Yjs updates: random bytes, real frames truncated or with flipped
// bits, presence messages of every shape and size, the protocol's other messages.

const MAX_AWARENESS_BYTES = 8 * 1024
const MAX_UPDATE_BYTES = 2 * 1024 * 1024

/** A valid frame to truncate or flip bits in (its change stays in the doc: the case resets the connection). */
function realFrame(ctx: CaseContext): Uint8Array {
  switch (ctx.r.int(0, 3)) {
    case 0:
      return clientFrames.update(foreignUpdate(ctx.r, ctx.doc, (d) => putRecord(d, freshNote(ctx))))
    case 1:
      return clientFrames.syncStep1(Y.encodeStateVector(ctx.doc))
    case 2:
      return awarenessFrame([
        { clientId: ctx.doc.clientID, clock: ctx.r.int(1, 1_000), state: { user: { name: 'x' } } },
      ])
    default:
      return clientFrames.update(foreignUpdate(ctx.r, ctx.doc, (d) => pushEntry(d, randomValue(ctx.r))))
  }
}

function encodeVarUint(value: number): number[] {
  const bytes: number[] = []
  while (value > 0x7f) {
    bytes.push((value & 0x7f) | 0x80)
    value = Math.floor(value / 128)
  }
  bytes.push(value)
  return bytes
}

/** The kinds of frame cases, by name. */
export const frameCases: Record<string, CaseKind> = {
  randomBytes: {
    weight: 8,
    needsDoc: false,
    build: (ctx) => ({
      kind: 'random bytes',
      frames: [randomBytes(ctx.r, chance(ctx.r, 0.9) ? ctx.r.int(0, 48) : ctx.r.int(49, 4_096))],
      expect: 'any',
      reset: true,
    }),
  },
  randomUpdate: {
    weight: 6,
    needsDoc: false,
    build: (ctx) => ({
      kind: 'random update bytes',
      frames: [
        (chance(ctx.r, 0.5) ? clientFrames.update : clientFrames.syncStep2)(
          randomBytes(ctx.r, ctx.r.int(1, 200)),
        ),
      ],
      expect: 'any',
      reset: true,
    }),
  },
  truncated: {
    weight: 7,
    needsDoc: true,
    build: (ctx) => {
      const frame = realFrame(ctx)
      return {
        kind: 'truncated frame',
        frames: [frame.slice(0, ctx.r.int(0, frame.length - 1))],
        expect: 'any',
        reset: true,
      }
    },
  },
  bitFlipped: {
    weight: 8,
    needsDoc: true,
    build: (ctx) => {
      const frame = realFrame(ctx)
      for (let i = ctx.r.int(1, 8); i > 0; i--) frame[ctx.r.int(0, frame.length - 1)]! ^= 1 << ctx.r.int(0, 7)
      return { kind: 'bit-flipped frame', frames: [frame], expect: 'any', reset: true }
    },
  },
  awareness: {
    weight: 10,
    needsDoc: false,
    build: (ctx) => {
      const { r } = ctx
      const own = ctx.doc.clientID
      const variant = r.int(0, 5)
      if (variant === 0) {
        const state = {
          user: { name: randomString(r) },
          junk: 'x'.repeat(r.int(MAX_AWARENESS_BYTES + 16, 70_000)),
        }
        return {
          kind: 'oversized presence',
          frames: [awarenessFrame([{ clientId: own, clock: r.int(1, 99), state }])],
          expect: 'overLimit',
          reset: true,
        }
      }
      if (variant === 1) {
        const bad = new TextEncoder().encode(pick(r, ['{', 'nope', '{"a":}', '']))
        const update = Uint8Array.of(1, ...encodeVarUint(own), 1, bad.length, ...bad)
        return {
          kind: 'presence with broken JSON',
          frames: [wrapAwareness(update)],
          expect: 'malformed',
          reset: true,
        }
      }
      if (variant === 2)
        return {
          kind: 'presence of random bytes',
          frames: [wrapAwareness(randomBytes(r, r.int(0, 40)))],
          expect: 'any',
          reset: true,
        }
      if (variant === 3 && ctx.neighbourIds.length > 0) {
        const clientId = pick(r, ctx.neighbourIds)
        const state = chance(r, 0.5) ? null : { user: { name: 'Mallory' } }
        return {
          kind: "a neighbour's presence",
          frames: [awarenessFrame([{ clientId, clock: r.int(0, 2 ** 20), state }])],
          expect: 'any',
        }
      }
      const ids = variant === 4 ? Array.from({ length: r.int(1, 8) }, () => r.int(0, 2 ** 31)) : [own]
      const frames = Array.from({ length: r.int(1, 50) }, (_, i) =>
        awarenessFrame(
          ids.map((clientId) => ({
            clientId,
            clock: i + r.int(1, 1_000),
            state: chance(r, 0.1) ? null : { cursor: { x: r.int(0, 999), y: 0 } },
          })),
        ),
      )
      return { kind: 'presence burst', frames, expect: 'any' }
    },
  },
  protocol: {
    weight: 3,
    needsDoc: false,
    build: (ctx) => {
      const { r } = ctx
      const frame = pick(r, [
        () => clientFrames.syncStep1(randomBytes(r, r.int(0, 30))),
        () => clientFrames.syncStep1(Y.encodeStateVector(ctx.doc)),
        () => clientFrames.queryAwareness(),
        () => clientFrames.saveReceiptRequest(r.int(0, 2 ** 31)),
        () => Uint8Array.of(2, ...randomBytes(r, r.int(0, 10))), // auth
      ])()
      // Its own answer (a sync step 2) would be taken for the answer to the next case's question.
      return { kind: 'protocol message', frames: [frame], expect: 'any', reset: true }
    },
  },
  oversized: {
    weight: 0.2,
    needsDoc: false,
    build: (ctx) => ({
      kind: 'frame over the size limit',
      frames: [randomBytes(ctx.r, MAX_UPDATE_BYTES + ctx.r.int(100, 4_000))],
      expect: 'tooLarge',
    }),
  },
}
