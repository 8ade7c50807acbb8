import type { SeededRandom } from '../../testing/seededRandom.ts'
import { chance, pick, randomBytes, randomJson, randomString } from './fuzzValues.ts'

/** A request to one of the JSON routes, with a body of any shape. */
export interface HttpCase {
  kind: string
  method: 'POST' | 'PUT'
  path: string
  contentType: string | null
  body: string | Uint8Array
}

/** The board whose keys the routes need. */
export interface HttpTarget {
  id: string
  editKey: string
}

const CONTENT_TYPES = [
  'application/json',
  'application/json',
  'application/json; charset=utf-8',
  'text/plain',
  'text/plain;charset=UTF-8',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/json; charset=utf-16',
  null,
]

/** Bodies that look like what a route wants, so the fuzzer gets past the first check. */
const PLAUSIBLE = [
  { templateId: 'blank' },
  { templateId: 'tidligfase-innovasjon', locale: 'en' },
  { templateId: '../../etc/passwd' },
  { templateId: 'lup-oppstart', groups: 2 },
  { templateId: 'lup-oppstart', groups: 1e9 },
  { name: 'Versjon' },
  { name: '<script>alert(1)</script>' },
  { locale: 'en' },
  { locale: 'xx' },
  { minutes: 5 },
  { text: '=cmd|' },
]

/** A random path segment or query value, percent-encoded (lone surrogates cannot be: replaced). */
function segment(r: SeededRandom): string {
  return encodeURIComponent(randomString(r).replace(/[\uD800-\uDFFF]/g, '?'))
}

function routes(board: HttpTarget, r: SeededRandom): { method: 'POST' | 'PUT'; path: string }[] {
  const id = chance(r, 0.2) ? segment(r) : board.id
  const key = chance(r, 0.2) ? segment(r) : board.editKey
  return [
    { method: 'POST', path: '/api/boards' },
    { method: 'POST', path: '/api/workshops' },
    { method: 'POST', path: `/api/templates?key=${key}` },
    { method: 'PUT', path: `/api/templates/${segment(r)}?key=${key}` },
    { method: 'POST', path: `/api/boards/${id}/versions?key=${key}` },
    { method: 'PUT', path: `/api/boards/${id}/locale?key=${key}` },
    { method: 'POST', path: `/api/workshops/${segment(r)}/timer?key=${key}` },
    { method: 'POST', path: `/api/workshops/${segment(r)}/message?key=${key}` },
  ]
}

function body(r: SeededRandom): { kind: string; body: string | Uint8Array } {
  switch (r.int(0, 9)) {
    case 0:
      return { kind: 'random bytes', body: randomBytes(r, r.int(0, 512)) }
    case 1:
      return { kind: 'broken JSON', body: pick(r, ['{', '{"a":', '[1,', '"', 'nul', '{"a":1}{', '\u0000']) }
    case 2: {
      const depth = r.int(1_000, 200_000)
      return { kind: 'deeply nested JSON', body: pick(r, ['[', '{"a":']).repeat(depth) }
    }
    case 3:
      return { kind: 'large JSON', body: JSON.stringify({ name: 'x'.repeat(r.int(10_000, 3_000_000)) }) }
    case 4:
    case 5:
      return { kind: 'plausible JSON', body: JSON.stringify(pick(r, PLAUSIBLE)) }
    case 6:
      return {
        kind: 'prototype keys',
        body: pick(r, ['{"__proto__":{"x":1}}', '{"constructor":{"prototype":{"x":1}}}']),
      }
    default:
      return { kind: 'random JSON', body: JSON.stringify(randomJson(r)) ?? 'null' }
  }
}

/** Requests a route should take (201/200), some with hostile values inside: success paths get fuzzed too. */
function fitting(board: HttpTarget, r: SeededRandom): HttpCase {
  const key = board.editKey
  const [method, path, body] = pick(r, [
    [
      'POST',
      '/api/boards',
      { templateId: pick(r, ['blank', 'tidligfase-innovasjon']), title: randomString(r) || 'x' },
    ],
    ['POST', `/api/boards/${board.id}/versions?key=${key}`, { name: (randomString(r) || 'v').slice(0, 80) }],
    ['PUT', `/api/boards/${board.id}/locale?key=${key}`, { locale: pick(r, ['en', 'nb']) }],
  ] as const)
  return {
    kind: 'HTTP fitting request',
    method,
    path,
    contentType: 'application/json',
    body: JSON.stringify(body),
  }
}

/** One random request to a JSON route. */
export function buildHttpCase(r: SeededRandom, board: HttpTarget): HttpCase {
  if (chance(r, 0.15)) return fitting(board, r)
  const route = pick(r, routes(board, r))
  const made = body(r)
  return { kind: `HTTP ${made.kind}`, ...route, contentType: pick(r, CONTENT_TYPES), body: made.body }
}
