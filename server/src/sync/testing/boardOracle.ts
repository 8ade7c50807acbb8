import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import * as Y from 'yjs'

import { Y_META_MAP, Y_META_SCHEMA_KEY, Y_RECORDS_ARRAY, Y_WORKSHOP_MAP } from '@bordduk/shared'
import { createBorddukSchema } from '@bordduk/shared/shapes'

import type { StoredRecord } from '../../boards/boardDocument.ts'
import type { Store } from '../../storage/Store.ts'

// The tests' own judge of a board, written apart from the server's checks on purpose: it asks
// what a browser's tldraw store would make of the doc, so a bug in the server's checks cannot
// hide itself.

const schema = createBorddukSchema()
const KNOWN_ROOTS = new Set([Y_RECORDS_ARRAY, Y_META_MAP, Y_WORKSHOP_MAP])

/** Our serialized schema: what `tl_meta.schema` of a healthy board holds. */
export const OUR_SCHEMA = schema.serialize()

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** The rich-text nodes and marks of tldraw's default editor (StarterKit without blockquote, code block and rule; highlight). */
const RICH_TEXT_NODES = new Set([
  'doc',
  'paragraph',
  'text',
  'heading',
  'bulletList',
  'orderedList',
  'listItem',
  'hardBreak',
])
const RICH_TEXT_MARKS = new Set(['bold', 'italic', 'strike', 'code', 'link', 'underline', 'highlight'])

/**
 * Why ProseMirror (which every browser runs on a note's text, to measure and draw it) cannot read
 * a rich-text value, or `null`. tldraw's record validator only asks for `{type, content: []}`.
 */
export function richTextProblem(node: unknown, depth = 0): string | null {
  if (!isPlainObject(node)) return 'a rich-text node that is not an object'
  if (typeof node.type !== 'string' || !RICH_TEXT_NODES.has(node.type)) {
    return `unknown rich-text node ${JSON.stringify(node.type)?.slice(0, 30)}`
  }
  if (depth === 0 && node.type !== 'doc') return 'rich text that is not a doc'
  if (node.type === 'text' && (typeof node.text !== 'string' || node.text === ''))
    return 'a text node without text'
  if (node.marks !== undefined) {
    if (!Array.isArray(node.marks)) return 'marks that are not a list'
    for (const mark of node.marks) {
      if (!isPlainObject(mark) || typeof mark.type !== 'string' || !RICH_TEXT_MARKS.has(mark.type)) {
        return `unknown mark ${JSON.stringify(isPlainObject(mark) ? mark.type : mark)?.slice(0, 30)}`
      }
    }
  }
  if (node.content === undefined) return null
  if (!Array.isArray(node.content)) return 'rich-text content that is not a list'
  for (const child of node.content) {
    const problem = richTextProblem(child, depth + 1)
    if (problem) return problem
  }
  return null
}

/**
 * Why a records entry would stop a browser from loading the board (tldraw's `store.put`
 * validates every record), or `null` for a good `{key, val}` entry.
 */
export function entryProblem(entry: unknown): string | null {
  if (entry instanceof Y.AbstractType) return 'a nested Yjs type'
  if (!isPlainObject(entry)) return `not an object: ${JSON.stringify(entry)?.slice(0, 40)}`
  // A `__proto__` key in an encoded object becomes the decoded object's prototype: a key or
  // record read through it is no `{key, val}` entry (JSON and object spreads lose it).
  if (!Object.hasOwn(entry, 'key') || !Object.hasOwn(entry, 'val')) return 'key or record not its own'
  const { key, val } = entry
  if (typeof key !== 'string') return 'no key'
  if (!isPlainObject(val)) return `${key}: no record`
  if (val.id !== key) return `${key}: key is not the record's id ${JSON.stringify(val.id)}`
  const type = typeof val.typeName === 'string' ? Object.hasOwn(schema.types, val.typeName) : false
  if (!type) return `${key}: unknown record type ${JSON.stringify(val.typeName)}`
  if (schema.types[val.typeName as keyof typeof schema.types].scope !== 'document') {
    return `${key}: ${String(val.typeName)} is not a document record`
  }
  try {
    schema.validateRecord(null as never, val as never, 'initialize', null)
  } catch (error) {
    return `${key}: ${(error as Error).message.split('\n')[0]}`
  }
  const props = val.props as { richText?: unknown } | undefined
  const richText = props && Object.hasOwn(props, 'richText') ? richTextProblem(props.richText) : null
  return richText ? `${key}: ${richText}` : null
}

/**
 * A value as the server decodes it from an update (lib0's any-encoding): an own `__proto__` key
 * becomes the prototype, `undefined` in arrays stays. Judge what the server sees, not what was sent.
 */
export function wireForm(value: unknown): unknown {
  const encoder = encoding.createEncoder()
  encoding.writeAny(encoder, value as never)
  return decoding.readAny(decoding.createDecoder(encoding.toUint8Array(encoder)))
}

/** The raw entries of a doc's records array, whatever they are. */
export function rawEntries(doc: Y.Doc): unknown[] {
  return doc.getArray<unknown>(Y_RECORDS_ARRAY).toArray()
}

/** The records of a doc by key (the last entry of a key wins, as in y-utility's YKeyValue). */
export function recordsOf(doc: Y.Doc): Map<string, StoredRecord> {
  const records = new Map<string, StoredRecord>()
  for (const entry of rawEntries(doc)) {
    if (isPlainObject(entry) && typeof entry.key === 'string' && isPlainObject(entry.val)) {
      records.set(entry.key, entry.val as StoredRecord)
    }
  }
  return records
}

/** Ids of the sticky notes of a doc, sorted. */
export function noteIdsOf(doc: Y.Doc): string[] {
  return [...recordsOf(doc).values()]
    .filter((record) => record.typeName === 'shape' && record.type === 'note')
    .map((record) => record.id)
    .sort()
}

/** The first record of a shape type (the template layer's sheet, section or check). */
export function firstShapeOf(doc: Y.Doc, type: string): StoredRecord {
  const found = [...recordsOf(doc).values()].find((r) => r.typeName === 'shape' && r.type === type)
  if (!found) throw new Error(`no ${type} on this board`)
  return found
}

/**
 * Everything about a doc a browser would trip over: invalid or duplicate entries, a schema
 * other than ours, content in root types that are no part of a board. Empty for a good board.
 */
export function boardProblems(doc: Y.Doc): string[] {
  const problems: string[] = []
  const seen = new Set<string>()
  for (const entry of rawEntries(doc)) {
    const problem = entryProblem(entry)
    if (problem) problems.push(problem)
    else {
      const key = (entry as { key: string }).key
      if (seen.has(key)) problems.push(`${key}: twice`)
      seen.add(key)
    }
  }
  const storedSchema = doc.getMap(Y_META_MAP).get(Y_META_SCHEMA_KEY)
  if (JSON.stringify(storedSchema) !== JSON.stringify(OUR_SCHEMA)) {
    problems.push(`tl_meta.schema is not ours: ${JSON.stringify(storedSchema)?.slice(0, 80)}`)
  }
  for (const name of doc.share.keys()) {
    if (!KNOWN_ROOTS.has(name) && rootContent(doc, name).length > 0)
      problems.push(`root type ${name} has content`)
  }
  return problems
}

/** The live content of a root type of any kind (list items and keyed values), as JSON-able values. */
export function rootContent(doc: Y.Doc, name: string): unknown[] {
  const type = doc.share.get(name)
  if (!type) return []
  const out: unknown[] = []
  const describe = (item: Y.Item) =>
    item.content
      .getContent()
      .map((value: unknown) => (value instanceof Y.AbstractType ? '<Yjs type>' : value))
  for (let item = type._start; item !== null; item = item.right)
    if (!item.deleted) out.push(...describe(item))
  for (const [key, item] of type._map) if (!item.deleted) out.push({ [key]: describe(item) })
  return out
}

/** A board as storage holds it, reduced to what a comparison before and after an attack needs. */
export interface StoredBoard {
  /** Who wrote how much: an attacker's client id here means something of theirs was stored. */
  stateVector: Record<number, number>
  roots: Record<string, unknown[]>
  /** Stored structs that cannot be placed (an update with a gap was stored). */
  pending: boolean
}

/** A fresh doc holding what storage has for a board (its snapshot and the updates after it). */
export async function storedDoc(store: Store, boardId: string): Promise<Y.Doc> {
  const stored = await store.loadDoc(boardId)
  const doc = new Y.Doc()
  doc.transact(() => {
    if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot)
    for (const update of stored.updates) Y.applyUpdate(doc, update)
  })
  return doc
}

/** Reads a board from storage and describes it. */
export async function storedBoard(store: Store, boardId: string): Promise<StoredBoard> {
  const doc = await storedDoc(store, boardId)
  const roots: Record<string, unknown[]> = {}
  for (const name of [...doc.share.keys()].sort()) roots[name] = rootContent(doc, name)
  const board = {
    stateVector: Object.fromEntries(Y.decodeStateVector(Y.encodeStateVector(doc))),
    roots,
    pending: doc.store.pendingStructs !== null || doc.store.pendingDs !== null,
  }
  doc.destroy()
  return board
}
