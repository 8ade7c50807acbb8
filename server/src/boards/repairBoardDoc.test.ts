import { describe, expect, it } from 'vitest'
import { YKeyValue } from 'y-utility/y-keyvalue'
import * as Y from 'yjs'

import {
  Y_META_MAP,
  Y_META_SCHEMA_KEY,
  Y_RECORDS_ARRAY,
  Y_WORKSHOP_LOCALE_KEY,
  Y_WORKSHOP_MAP,
} from '@bordduk/shared'
import { FIELD_SHAPE, SHEET_SHAPE } from '@bordduk/shared/shapes'
import { sampleNote } from '@bordduk/shared/testing'
import { findBuiltInTemplate, instantiate } from '@bordduk/templates'

import { blankBoardDoc } from '../testing/boardFixtures.ts'
import { writeInitialRecords } from './boardDocument.ts'
import type { StoredRecord } from './boardDocument.ts'
import { checkEntry, currentSchema } from './checkRecord.ts'
import { isHealthy, repairBoardDoc } from './repairBoardDoc.ts'
import { restoreVersion } from './restoreVersion.ts'

/** A board as the attacks of issue 10 left it, written straight into the doc. */
function poisonedBoard(): Y.Doc {
  // A doc of its own, with no YKeyValue observing it (that would trip over the null below).
  const doc = new Y.Doc()
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(blankBoardDoc()))
  const note = sampleNote('shape:kept', 1, 2, 'Behold meg')
  doc.getArray(Y_RECORDS_ARRAY).push([
    { key: note.id, val: note },
    null,
    'a string',
    { key: 'shape:other', val: sampleNote('shape:moved', 0, 0) },
    { val: sampleNote('shape:nokey', 0, 0) },
    { key: 'shape:x', val: { ...sampleNote('shape:x', 0, 0), x: '0" onload="alert(1)' } },
    {
      key: 'shape:y',
      val: { ...sampleNote('shape:y', 0, 0), props: { ...sampleNote('shape:y', 0, 0).props, evil: 1 } },
    },
    { key: 'camera:1', val: { id: 'camera:1', typeName: 'camera', x: 0, y: 0, z: 1, meta: {} } },
  ])
  doc.getMap('evil').set('payload', 'x'.repeat(1000))
  doc.getText('alsoEvil').insert(0, 'text')
  const schema = currentSchema()
  doc.getMap(Y_META_MAP).set(Y_META_SCHEMA_KEY, {
    ...schema,
    sequences: { ...schema.sequences, 'com.tldraw.shape': 999 },
  })
  doc.getMap(Y_META_MAP).set('extra', 1)
  return doc
}

describe('repairBoardDoc', () => {
  it("keeps the board's language and the workshop's values in the workshop map", () => {
    const doc = poisonedBoard()
    doc.getMap(Y_WORKSHOP_MAP).set(Y_WORKSHOP_LOCALE_KEY, 'en')
    doc.getMap(Y_WORKSHOP_MAP).set('message', { text: 'Hei', sentAt: 1 })
    repairBoardDoc(doc, 'repair')
    expect(doc.getMap(Y_WORKSHOP_MAP).toJSON()).toEqual({ locale: 'en', message: { text: 'Hei', sentAt: 1 } })
  })

  it('drops what no browser could open, keeps every valid record, and puts our schema back', () => {
    const doc = poisonedBoard()
    const before = blankBoardDoc().getArray(Y_RECORDS_ARRAY).length
    const report = repairBoardDoc(doc, 'repair')
    expect(report.droppedEntries).toBe(7)
    expect(report.droppedRootTypes.sort()).toEqual(['alsoEvil', 'evil'])
    expect(report.schemaRewritten).toBe(true)
    const entries = doc.getArray(Y_RECORDS_ARRAY).toArray()
    expect(entries).toHaveLength(before + 1)
    expect(entries.every((entry) => checkEntry(entry).ok)).toBe(true)
    expect(new YKeyValue<StoredRecord>(doc.getArray(Y_RECORDS_ARRAY)).get('shape:kept')).toBeDefined()
    expect(doc.getMap(Y_META_MAP).toJSON()).toEqual({ [Y_META_SCHEMA_KEY]: currentSchema() })
    expect(doc.getMap('evil').size).toBe(0)
    expect(isHealthy(repairBoardDoc(doc, 'again'))).toBe(true)
  })

  it('lets a version saved from a poisoned board be restored', () => {
    const live = blankBoardDoc()
    const records = new YKeyValue<StoredRecord>(live.getArray(Y_RECORDS_ARRAY))
    restoreVersion(records, Y.encodeStateAsUpdate(poisonedBoard()))
    expect(records.get('shape:kept')).toBeDefined()
    expect(
      live
        .getArray(Y_RECORDS_ARRAY)
        .toArray()
        .every((entry) => checkEntry(entry).ok),
    ).toBe(true)
  })

  it('opens a board stored before fields were shapes as it was, and drops a field forged past the limits', () => {
    const doc = new Y.Doc()
    const records = instantiate(findBuiltInTemplate('lup-oppstart')!, 'nb') as unknown as StoredRecord[]
    // The old layout: label boxes on the sheet, no field shapes; and the schema of that time.
    const old = records
      .filter((r) => r.type !== FIELD_SHAPE)
      .map((r) =>
        r.type === SHEET_SHAPE
          ? { ...r, props: { ...(r.props as object), fieldLabels: ['Anskaffelse', 'Dato og deltakere'] } }
          : r,
      )
    const schema = currentSchema()
    const oldSequences = Object.fromEntries(
      Object.entries(schema.sequences).filter(([name]) => name !== `com.tldraw.shape.${FIELD_SHAPE}`),
    )
    writeInitialRecords(doc, old, { ...schema, sequences: oldSequences })
    const report = repairBoardDoc(doc, 'repair')
    expect(report).toMatchObject({ droppedEntries: 0, migratedEntries: 0, schemaRewritten: true })

    const field = records.find((r) => r.type === FIELD_SHAPE)!
    const kv = new YKeyValue<StoredRecord>(doc.getArray(Y_RECORDS_ARRAY))
    kv.set(field.id as string, { ...field, props: { ...(field.props as object), text: 'x'.repeat(501) } })
    expect(repairBoardDoc(doc, 'repair').droppedEntries).toBe(1)
    expect(kv.get(field.id as string)).toBeUndefined()
  })
})
