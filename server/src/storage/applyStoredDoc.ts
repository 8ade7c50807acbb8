import * as Y from 'yjs'

import type { StoredDoc } from './Store.ts'

/** Applies a stored snapshot and its update log to a doc, in one transaction. */
export function applyStoredDoc(doc: Y.Doc, stored: StoredDoc, origin: unknown = null): void {
  doc.transact(() => {
    if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot)
    for (const update of stored.updates) Y.applyUpdate(doc, update)
  }, origin)
}
