import * as Y from 'yjs'

import { applyStoredDoc } from './applyStoredDoc.ts'
import type { CompactOptions } from './Store.ts'

/**
 * One snapshot holding a stored snapshot plus update rows. Goes through a fresh Y.Doc rather
 * than Y.mergeUpdates, because only a doc garbage-collects deleted content. Structs whose
 * dependencies are missing stay in the result (pending), because with several instances the row
 * they build on may simply not be committed yet; only `dropUnplaceable` (a board whose load found
 * structs after a gap, which no row will ever fill) leaves them out.
 */
export function foldStoredDoc(
  snapshot: Uint8Array | null,
  updates: readonly Uint8Array[],
  options: CompactOptions = {},
): Uint8Array {
  const doc = new Y.Doc()
  try {
    applyStoredDoc(doc, { snapshot, updates: [...updates], lastSeq: 0 })
    if (options.dropUnplaceable) {
      doc.store.pendingStructs = null
      doc.store.pendingDs = null
    }
    return Y.encodeStateAsUpdate(doc)
  } finally {
    doc.destroy()
  }
}
