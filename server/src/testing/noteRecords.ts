import { YKeyValue } from 'y-utility/y-keyvalue'
import type * as Y from 'yjs'

import { Y_RECORDS_ARRAY } from '@bordduk/shared'
import { sampleNote } from '@bordduk/shared/testing'

import type { StoredRecord } from '../boards/boardDocument.ts'

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'

/**
 * A fractional index for the n-th test note: 'c' plus three base-62 digits, which sorts above
 * any template layer (those use 'a…' and 'b…' keys).
 */
export function noteIndex(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n >= 62 ** 3) throw new RangeError(`note index ${n} out of range`)
  const digit = (place: number) => BASE62[Math.floor(n / 62 ** place) % 62]
  return `c${digit(2)}${digit(1)}${digit(0)}`
}

/** A sticky note as the editor stores it: a complete, valid tldraw `note` shape record. */
export function testNote(
  id: string,
  options: { x: number; y: number; text: string; n: number },
): StoredRecord {
  return sampleNote(id, options.x, options.y, options.text, noteIndex(options.n)) as unknown as StoredRecord
}

/** The plain text of a note made by {@link testNote}. */
export function noteText(record: StoredRecord | undefined): string | undefined {
  const props = record?.props as { richText?: { content?: { content?: { text?: string }[] }[] } } | undefined
  return props?.richText?.content?.[0]?.content?.[0]?.text
}

/**
 * The records of a client-side doc, in the layout the client binding uses. Only for docs a test
 * owns: a YKeyValue observes its array for as long as the doc lives.
 */
export function clientRecords(doc: Y.Doc): YKeyValue<StoredRecord> {
  return new YKeyValue<StoredRecord>(doc.getArray(Y_RECORDS_ARRAY))
}
