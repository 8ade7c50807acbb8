import type { TLRecord } from 'tldraw'

import { DRAFT_META_FLAG } from '@bordduk/shared'

/** A note written in silence: kept out of the shared doc until the reveal. */
export function isDraft(record: TLRecord): boolean {
  return (record.meta as Record<string, unknown> | undefined)?.[DRAFT_META_FLAG] === true
}
