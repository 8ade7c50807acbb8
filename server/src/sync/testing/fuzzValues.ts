import type { StoredRecord } from '../../boards/boardDocument.ts'
import type { SeededRandom } from '../../testing/seededRandom.ts'

// Random values for the fuzzer, all drawn from one seeded source so that a run can be replayed.

/** Strings a hostile client likes: markup, formulas, odd unicode, prototype keys, ids. */
const NASTY_STRINGS = [
  '',
  ' ',
  '<script>alert(1)</script>',
  '"><svg onload=alert(1)>',
  "=cmd|' /C calc'!A0",
  '+1+1',
  '@SUM(1)',
  '__proto__',
  'constructor',
  'shape:tpl-tidligfase',
  'page:board',
  'document:document',
  '\u0000',
  '\uD800',
  '🦊'.repeat(3),
  'ﷺ',
  'a'.repeat(300),
]

const NASTY_NUMBERS = [
  0,
  -0,
  1,
  -1,
  0.5,
  1e308,
  -1e308,
  Number.NaN,
  Infinity,
  -Infinity,
  2 ** 53,
  4_294_967_296,
]

/** Sets an own property, even `__proto__` (as JSON.parse would), never the prototype. */
export function setOwn(object: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true })
}

export function pick<T>(r: SeededRandom, items: readonly T[]): T {
  return items[r.int(0, items.length - 1)]!
}

export function chance(r: SeededRandom, p: number): boolean {
  return r.next() < p
}

export function randomBytes(r: SeededRandom, length: number): Uint8Array {
  const bytes = new Uint8Array(length)
  for (let i = 0; i < length; i++) bytes[i] = r.int(0, 255)
  return bytes
}

export function randomString(r: SeededRandom): string {
  if (chance(r, 0.4)) return pick(r, NASTY_STRINGS)
  let text = ''
  for (let i = r.int(0, 24); i > 0; i--)
    text += String.fromCharCode(r.int(0, 1) ? r.int(32, 126) : r.int(0, 0xffff))
  return text
}

export function randomNumber(r: SeededRandom): number {
  return chance(r, 0.3) ? pick(r, NASTY_NUMBERS) : (r.next() - 0.5) * 10 ** r.int(0, 9)
}

/** Any value a Yjs `ContentAny` can carry (JSON plus undefined, NaN and the infinities). */
export function randomValue(r: SeededRandom, depth = 0): unknown {
  switch (r.int(0, depth > 2 ? 5 : 7)) {
    case 0:
      return null
    case 1:
      return randomNumber(r)
    case 2:
      return randomString(r)
    case 3:
      return chance(r, 0.5)
    case 4:
      return undefined
    case 5:
      return r.int(-5, 5)
    case 6:
      return Array.from({ length: r.int(0, 4) }, () => randomValue(r, depth + 1))
    default: {
      const object: Record<string, unknown> = {}
      for (let i = r.int(0, 4); i > 0; i--) setOwn(object, randomString(r), randomValue(r, depth + 1))
      return object
    }
  }
}

/** A JSON-safe random value (for HTTP bodies). */
export function randomJson(r: SeededRandom): unknown {
  return JSON.parse(JSON.stringify(randomValue(r)) ?? 'null')
}

const clone = <T>(value: T): T => structuredClone(value)

/** The record's props as an object a mutation can write into (replacing props that are not one). */
function propsOf(record: Record<string, unknown>): Record<string, unknown> {
  if (typeof record.props !== 'object' || record.props === null || Array.isArray(record.props))
    record.props = {}
  return record.props as Record<string, unknown>
}

/** One change to a record, most of them making it invalid, some harmless. */
const MUTATIONS: ((record: Record<string, unknown>, r: SeededRandom) => void)[] = [
  (rec, r) => (rec.x = chance(r, 0.5) ? r.int(-5_000, 5_000) : randomValue(r)),
  (rec, r) => (rec.y = chance(r, 0.5) ? r.int(-5_000, 5_000) : randomValue(r)),
  (rec, r) => setOwn(rec, pick(r, Object.keys(rec)), randomValue(r)),
  (rec, r) => delete rec[pick(r, Object.keys(rec))],
  (rec, r) => setOwn(rec, randomString(r) || 'extra', randomValue(r)),
  (rec, r) =>
    (rec.type = pick(r, ['note', 'geo', 'text', 'bd-sheet', 'bd-section', 'bd-check', 'bd-field', 'evil'])),
  (rec, r) =>
    (rec.typeName = pick(r, ['shape', 'page', 'document', 'instance', 'camera', 'pointer', 'evil'])),
  (rec, r) => (rec.id = pick(r, ['shape:other', 'shape:tpl-tidligfase', randomString(r)])),
  (rec, r) => (rec.meta = pick(r, [{ template: true }, {}, randomValue(r)])),
  (rec, r) => (rec.isLocked = chance(r, 0.5) ? !rec.isLocked : randomValue(r)),
  (rec, r) => (rec.parentId = pick(r, ['page:board', 'page:nope', 'shape:tpl-tidligfase', randomString(r)])),
  (rec, r) => (rec.index = pick(r, ['a1', 'zz', '', 'a0V', randomString(r)])),
  (rec, r) => (rec.opacity = chance(r, 0.5) ? r.next() : randomValue(r)),
  (rec, r) => {
    const props = propsOf(rec)
    const keys = Object.keys(props)
    const key = keys.length > 0 && chance(r, 0.7) ? pick(r, keys) : randomString(r)
    if (chance(r, 0.2)) delete props[key]
    else setOwn(props, key, randomValue(r))
  },
  (rec, r) => {
    propsOf(rec).richText = pick(r, [
      {
        type: 'doc',
        content: [{ type: 'paragraph', content: [{ type: 'text', text: randomString(r) || 'x' }] }],
      },
      { type: 'doc', content: randomValue(r) },
      randomValue(r),
    ])
  },
  (rec, r) => {
    propsOf(rec).checked = pick(r, [true, false, 'yes please', 1, null])
  },
  (rec, r) => {
    propsOf(rec).text = pick(r, [randomString(r), 'x'.repeat(501), 42, null, { type: 'doc', content: [] }])
  },
]

/** A copy of `record` with one to three random mutations. */
export function mutateRecord(record: StoredRecord, r: SeededRandom): StoredRecord {
  const mutant = clone(record) as Record<string, unknown>
  for (let i = r.int(1, 3); i > 0; i--) pick(r, MUTATIONS)(mutant, r)
  return mutant as StoredRecord
}
