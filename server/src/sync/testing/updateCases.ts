import * as Y from 'yjs'

import { Y_META_MAP, Y_META_SCHEMA_KEY, Y_RECORDS_ARRAY, Y_WORKSHOP_MAP } from '@bordduk/shared'
import { CHECK_SHAPE, FIELD_SHAPE, fieldShapeProps } from '@bordduk/shared/shapes'

import type { StoredRecord } from '../../boards/boardDocument.ts'
import { entryProblem, recordsOf, wireForm } from './boardOracle.ts'
import { FUZZ_NOTE_PREFIX, foreignUpdate, freshNote, targetRecord } from './fuzzCase.ts'
import type { CaseKind } from './fuzzCase.ts'
import { chance, mutateRecord, pick, randomString, randomValue } from './fuzzValues.ts'
import {
  deleteKey,
  deleteSetUpdate,
  forkOf,
  insertAny,
  pushEntry,
  putRecord,
  updateOf,
} from './hostileUpdates.ts'
import { clientFrames } from './syncFrames.ts'

// Well-formed Yjs updates, most of them hostile: writes to other root types, entries that are no
// records, mutated records, deletes of random ranges, updates on stale or forked docs, on
// clocks the server has not seen; and the valid edits a browser makes, which must go through.

function isTemplate(record: StoredRecord | undefined): boolean {
  return (record?.meta as { template?: unknown } | undefined)?.template === true
}

/** What a participant may change on the printed layer: a check's tick, a field's (short, plain) text. */
function onlyTickedOrWritten(before: StoredRecord, after: StoredRecord): boolean {
  const value = (after.props as Record<string, unknown> | undefined)?.[
    before.type === CHECK_SHAPE ? 'checked' : 'text'
  ]
  const prop =
    before.type === CHECK_SHAPE && typeof value === 'boolean'
      ? 'checked'
      : before.type === FIELD_SHAPE && fieldShapeProps.text.isValid(value)
        ? 'text'
        : null
  if (prop === null) return false
  const without = (r: StoredRecord) =>
    JSON.stringify({ ...r, props: { ...(r.props as object), [prop]: null } })
  return without(before) === without(after)
}

/** The kinds of update cases, by name. */
export const updateCases: Record<string, CaseKind> = {
  hostileRoot: {
    weight: 7,
    needsDoc: true,
    build: (ctx) => {
      const { r } = ctx
      const kind = pick(r, ['map', 'array', 'text', 'xml', 'meta', 'workshop', 'metaDelete'] as const)
      const name = `${pick(r, ['evil', 'x', '', '__proto__', 'tl_records2', 'bd', randomString(r)])}·${kind}`
      const update = foreignUpdate(ctx.r, ctx.doc, (doc) => {
        const set = (map: Y.Map<unknown>, key: string) =>
          insertAny(randomValue(r), (value) => map.set(key, value))
        if (kind === 'map') set(doc.getMap(name), randomString(r))
        else if (kind === 'array') insertAny(randomValue(r), (value) => doc.getArray(name).push([value]))
        else if (kind === 'text') doc.getText(name).insert(0, randomString(r) || 'x')
        else if (kind === 'xml') doc.getXmlFragment(name).insert(0, [new Y.XmlText('x')])
        else if (kind === 'meta') set(doc.getMap(Y_META_MAP), pick(r, [Y_META_SCHEMA_KEY, randomString(r)]))
        else if (kind === 'workshop') set(doc.getMap(Y_WORKSHOP_MAP), pick(r, ['timer', 'message', 'follow']))
        else doc.getMap(Y_META_MAP).delete(Y_META_SCHEMA_KEY)
      })
      return {
        kind: `write to a root type (${kind})`,
        frames: [clientFrames.update(update)],
        expect: 'refuse',
        reset: true,
      }
    },
  },
  hostileEntries: {
    weight: 10,
    needsDoc: true,
    build: (ctx) => {
      const { r } = ctx
      const entries: unknown[] = []
      for (let i = r.int(1, 3); i > 0; i--) {
        const record = targetRecord(ctx)
        entries.push(
          pick(r, [
            () => null,
            () => randomValue(r),
            () => ({ key: record.id }),
            () => ({ val: record }),
            () => ({ key: randomString(r), val: record }),
            () => ({ key: record.id, val: randomValue(r) }),
            () => ({ key: record.id, val: mutateRecord(record, r) }),
            () => new Y.Map(),
          ])(),
        )
      }
      const fine = (entry: unknown) =>
        !(entry instanceof Y.AbstractType) && entryProblem(wireForm(entry)) === null
      if (entries.every(fine)) entries.push(null)
      const update = foreignUpdate(ctx.r, ctx.doc, (doc) => {
        for (const entry of entries)
          pushEntry(doc, entry, chance(r, 0.3) ? (entry as { key?: string })?.key : undefined)
      })
      return { kind: 'invalid entries', frames: [clientFrames.update(update)], expect: 'refuse', reset: true }
    },
  },
  mutant: {
    weight: 12,
    needsDoc: true,
    build: (ctx) => {
      const original = targetRecord(ctx)
      const mutant = mutateRecord(original, ctx.r)
      const key = chance(ctx.r, 0.1) ? randomString(ctx.r) : original.id
      const entry = { key, val: mutant }
      const exists = recordsOf(ctx.doc).get(original.id)
      // Judged as the server decodes it: an own "__proto__" key arrives as a prototype.
      const received = wireForm(entry) as { key: string; val: StoredRecord }
      const problem = entryProblem(received)
      const forbidden =
        problem !== null ||
        (isTemplate(exists) && (key !== original.id || !onlyTickedOrWritten(exists!, received.val))) ||
        (!isTemplate(exists) && isTemplate(received.val))
      const update = foreignUpdate(ctx.r, ctx.doc, (doc) => pushEntry(doc, entry, key))
      return {
        kind: forbidden ? 'invalid or forbidden record' : 'record that may be valid',
        frames: [clientFrames.update(update)],
        expect: forbidden ? 'refuse' : 'any',
        reset: true,
        detail: `${JSON.stringify(exists ?? original).slice(0, 300)} → ${JSON.stringify(entry).slice(0, 400)} (${problem ?? 'template rule'})`,
      }
    },
  },
  deletes: {
    weight: 6,
    needsDoc: true,
    build: (ctx) => {
      const { r } = ctx
      const entries = ctx.doc.getArray<{ key?: string; val?: StoredRecord }>(Y_RECORDS_ARRAY).toArray()
      if (chance(r, 0.5) && entries.length > 0) {
        // A range of entries, cut short before any precious note.
        const start = r.int(0, entries.length - 1)
        const wanted = r.int(1, 6)
        let length = 0
        while (
          length < wanted &&
          start + length < entries.length &&
          !ctx.precious.has(entries[start + length]?.key ?? '')
        )
          length++
        const hit = entries.slice(start, start + length)
        // A check or field may just have been ticked or written by another connection (a new
        // entry): deleting the old one is then no change at all. The rest of the printed layer
        // only a facilitator moves.
        const printed = hit.some(
          (e) =>
            (isTemplate(e?.val) && e?.val?.type !== CHECK_SHAPE && e?.val?.type !== FIELD_SHAPE) ||
            e?.key === 'page:board',
        )
        if (length > 0) {
          const update = foreignUpdate(ctx.r, ctx.doc, (doc) =>
            doc.getArray(Y_RECORDS_ARRAY).delete(start, length),
          )
          return {
            kind: 'delete a range of entries',
            detail: hit.map((e) => e?.key).join(', '),
            frames: [clientFrames.update(update)],
            expect: printed ? 'refuse' : 'any',
            reset: true,
          }
        }
      }
      // A hand-made delete set: anyone's clocks but the neighbours', inside or beyond what exists.
      const state = Y.decodeStateVector(Y.encodeStateVector(ctx.doc))
      const clients = [...state.keys()].filter((client) => !ctx.protectedClients.has(client))
      const ranges = Array.from({ length: r.int(1, 4) }, () => {
        const known = clients.length > 0 && chance(r, 0.7)
        const client = known ? pick(r, clients) : r.int(1, 2 ** 31)
        const top = state.get(client) ?? 0
        return { client, clock: r.int(0, top + 20), len: r.int(1, Math.max(1, top)) }
      })
      return {
        kind: 'delete set of random ranges',
        frames: [clientFrames.update(deleteSetUpdate(ranges))],
        expect: 'any',
        reset: true,
      }
    },
  },
  staleFork: {
    weight: 5,
    needsDoc: true,
    build: (ctx) => {
      const fork = new Y.Doc()
      Y.applyUpdate(fork, ctx.stale.length > 0 ? pick(ctx.r, ctx.stale) : Y.encodeStateAsUpdate(ctx.doc))
      const record = targetRecord({ ...ctx, doc: fork })
      const update = updateOf(fork, (doc) =>
        chance(ctx.r, 0.5)
          ? putRecord(doc, freshNote(ctx))
          : pushEntry(doc, { key: record.id, val: mutateRecord(record, ctx.r) }, record.id),
      )
      return {
        kind: 'update on a stale fork',
        frames: [clientFrames.update(update)],
        expect: 'any',
        reset: true,
      }
    },
  },
  sameClientFork: {
    weight: 3,
    needsDoc: true,
    build: (ctx) => {
      // Two branches of one client id: the server already has some of these clocks, with other content.
      const fork = forkOf(ctx.doc, ctx.doc.clientID)
      const ours = updateOf(ctx.doc, (doc) => putRecord(doc, freshNote(ctx)))
      const theirs = updateOf(fork, (doc) => {
        pushEntry(doc, chance(ctx.r, 0.5) ? freshNote(ctx) : randomValue(ctx.r))
        putRecord(doc, freshNote(ctx))
      })
      return {
        kind: 'forked branches of one client',
        frames: [clientFrames.update(ours), clientFrames.update(theirs)],
        expect: 'any',
        reset: true,
      }
    },
  },
  forgedClient: {
    weight: 2,
    needsDoc: true,
    build: (ctx) => {
      if (ctx.neighbourIds.length === 0) return updateCases.gap!.build(ctx)
      // Client ids are public in presence; this writes a neighbour's next clock, which its own
      // next edit would then be dropped for as "already known".
      const forged = forkOf(ctx.doc, pick(ctx.r, ctx.neighbourIds))
      const update = updateOf(forged, (doc) => putRecord(doc, freshNote(ctx)))
      return {
        kind: "write under a neighbour's client id",
        frames: [clientFrames.update(update)],
        expect: 'refuse',
        reset: true,
        refusedAfterProbe: true,
      }
    },
  },
  futureClock: {
    weight: 3,
    needsDoc: true,
    build: (ctx) => {
      // Built on a neighbour's (or a stranger's) next item, guessed from its clock.
      const target =
        chance(ctx.r, 0.6) && ctx.neighbourIds.length > 0
          ? pick(ctx.r, ctx.neighbourIds)
          : ctx.r.int(1, 2 ** 31)
      const guess = forkOf(ctx.doc, target)
      updateOf(guess, (doc) => putRecord(doc, freshNote(ctx)))
      const base = forkOf(guess)
      const record = targetRecord({ ...ctx, doc: base })
      const update = updateOf(base, (doc) =>
        pushEntry(doc, { key: record.id, val: mutateRecord(record, ctx.r) }, record.id),
      )
      return {
        kind: 'update on a future clock',
        frames: [clientFrames.update(update)],
        expect: 'any',
        holds: true,
      }
    },
  },
  gap: {
    weight: 3,
    needsDoc: true,
    build: (ctx) => {
      const fork = forkOf(ctx.doc)
      updateOf(fork, (doc) => putRecord(doc, freshNote(ctx))) // withheld
      const record = targetRecord({ ...ctx, doc: fork })
      const after = updateOf(fork, (doc) =>
        chance(ctx.r, 0.5)
          ? putRecord(doc, freshNote(ctx))
          : pushEntry(doc, { key: record.id, val: mutateRecord(record, ctx.r) }, record.id),
      )
      return { kind: 'update after a gap', frames: [clientFrames.update(after)], expect: 'any', holds: true }
    },
  },
  validEdit: {
    weight: 8,
    needsDoc: true,
    build: (ctx) => {
      const { r } = ctx
      // Notes of earlier cases (any connection's); their number stays small, so the board does too.
      const own = [...recordsOf(ctx.doc).keys()].filter((id) => id.startsWith(FUZZ_NOTE_PREFIX))
      const choice =
        own.length === 0 || (own.length < 40 && chance(r, 0.4))
          ? 'add'
          : pick(r, own.length > 60 ? (['delete'] as const) : (['move', 'delete', 'tick', 'write'] as const))
      if (choice === 'add') {
        const note = freshNote(ctx)
        return {
          kind: 'valid note',
          frames: [clientFrames.update(updateOf(ctx.doc, (d) => putRecord(d, note)))],
          expect: 'accept',
        }
      }
      if (choice === 'tick') {
        const check = [...recordsOf(ctx.doc).values()].find((rec) => rec.type === CHECK_SHAPE)!
        const ticked = { ...check, props: { ...(check.props as object), checked: chance(r, 0.5) } }
        return {
          kind: 'valid tick',
          frames: [clientFrames.update(updateOf(ctx.doc, (d) => putRecord(d, ticked)))],
          expect: 'accept',
        }
      }
      if (choice === 'write') {
        const field = [...recordsOf(ctx.doc).values()].find((rec) => rec.type === FIELD_SHAPE)!
        const written = {
          ...field,
          props: { ...(field.props as object), text: randomString(r).slice(0, 40) },
        }
        const valid = fieldShapeProps.text.isValid(written.props.text)
        return {
          kind: valid ? 'valid field text' : 'field text with control characters',
          frames: [clientFrames.update(updateOf(ctx.doc, (d) => putRecord(d, written)))],
          expect: valid ? 'accept' : 'refuse',
          reset: !valid,
        }
      }
      const id = pick(r, own)
      if (choice === 'delete') {
        return {
          kind: 'valid delete',
          frames: [clientFrames.update(updateOf(ctx.doc, (d) => deleteKey(d, id)))],
          expect: 'accept',
        }
      }
      const moved = { ...recordsOf(ctx.doc).get(id)!, x: r.int(-3_000, 6_000), y: r.int(-3_000, 6_000) }
      return {
        kind: 'valid move',
        frames: [clientFrames.update(updateOf(ctx.doc, (d) => putRecord(d, moved)))],
        expect: 'accept',
      }
    },
  },
}
