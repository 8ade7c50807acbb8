import type { YKeyValue } from 'y-utility/y-keyvalue'
import * as Y from 'yjs'

import { boardRecords } from './boardDocument.ts'
import { repairBoardDoc } from './repairBoardDoc.ts'
import type { StoredRecord } from './boardDocument.ts'

/**
 * Puts a board's records back as they were in a version, as one ordinary update on the live
 * doc: everyone on the board sees the change and nobody's session breaks. Records added since
 * are removed; the workshop's timer and message are left alone.
 */
export function restoreVersion(records: YKeyValue<StoredRecord>, versionState: Uint8Array): number {
  const versionDoc = new Y.Doc()
  Y.applyUpdate(versionDoc, versionState)
  // A version saved before the server checked every update may hold what no browser opens.
  repairBoardDoc(versionDoc, null)
  const wanted = new Map(
    boardRecords(versionDoc)
      .yarray.toArray()
      .map((e) => [e.key, e.val]),
  )
  versionDoc.destroy()
  let changed = 0
  {
    for (const { key } of records.yarray.toArray()) {
      if (!wanted.has(key)) {
        records.delete(key)
        changed++
      }
    }
    for (const [key, value] of wanted) {
      if (JSON.stringify(records.get(key)) !== JSON.stringify(value)) {
        records.set(key, value)
        changed++
      }
    }
  }
  return changed
}
