import type { SeededRandom } from '../../testing/seededRandom.ts'
import { frameCases } from './frameCases.ts'
import { foreignUpdate, freshNote } from './fuzzCase.ts'
import type { CaseContext, CaseKind, SocketCase } from './fuzzCase.ts'
import { chance, randomValue } from './fuzzValues.ts'
import { forkOf, pushEntry, putRecord } from './hostileUpdates.ts'
import { clientFrames } from './syncFrames.ts'
import { updateCases } from './updateCases.ts'

const ALL_CASES = { ...frameCases, ...updateCases }
const TOTAL_WEIGHT = Object.values(ALL_CASES).reduce((sum, c) => sum + c.weight, 0)

/** Draws the kind of the next socket case, weighted. */
export function drawCaseKind(r: SeededRandom): CaseKind {
  let roll = r.next() * TOTAL_WEIGHT
  for (const kind of Object.values(ALL_CASES)) {
    roll -= kind.weight
    if (roll < 0) return kind
  }
  return frameCases.randomBytes!
}

/** A document update for a viewer's connection, valid or not: the server must drop it and keep the viewer. */
export function buildViewerCase(ctx: CaseContext): SocketCase {
  const update = foreignUpdate(ctx.r, forkOf(ctx.doc), (doc) =>
    chance(ctx.r, 0.5) ? putRecord(doc, freshNote(ctx)) : pushEntry(doc, randomValue(ctx.r)),
  )
  const frame = chance(ctx.r, 0.5) ? clientFrames.update(update) : clientFrames.syncStep2(update)
  return { kind: "viewer's update", frames: [frame], expect: 'accept' }
}
