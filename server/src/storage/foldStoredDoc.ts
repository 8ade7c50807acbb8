import * as Y from 'yjs'

import { applyStoredDoc } from './applyStoredDoc.ts'

/**
 * One snapshot holding a stored snapshot plus update rows. Goes through a fresh Y.Doc rather
 * than Y.mergeUpdates, because only a doc garbage-collects deleted content; updates whose
 * dependencies are missing stay in the result as pending structs, so nothing is dropped.
 */
export function foldStoredDoc(snapshot: Uint8Array | null, updates: readonly Uint8Array[]): Uint8Array {
  const doc = new Y.Doc()
  try {
    applyStoredDoc(doc, { snapshot, updates: [...updates], lastSeq: 0 })
    return Y.encodeStateAsUpdate(doc)
  } finally {
    doc.destroy()
  }
}
