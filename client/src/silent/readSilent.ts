import type * as Y from 'yjs'

import {
  Y_WORKSHOP_FROZEN_KEY,
  Y_WORKSHOP_MAP,
  Y_WORKSHOP_SILENT_KEY,
  silentStateSchema,
} from '@bordduk/shared'
import type { SilentState } from '@bordduk/shared'

/** The board's silent-writing state (null when off), validated. */
export function readSilent(doc: Y.Doc): SilentState | null {
  const parsed = silentStateSchema.safeParse(doc.getMap<unknown>(Y_WORKSHOP_MAP).get(Y_WORKSHOP_SILENT_KEY))
  return parsed.success ? parsed.data : null
}

/** The facilitator froze the board. */
export function readFrozen(doc: Y.Doc): boolean {
  return doc.getMap<unknown>(Y_WORKSHOP_MAP).get(Y_WORKSHOP_FROZEN_KEY) === true
}
