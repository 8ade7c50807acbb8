import type * as Y from 'yjs'

import { Y_WORKSHOP_MAP } from '@bordduk/shared'
import { CHECK_SHAPE } from '@bordduk/shared/shapes'

import { boardRecords } from '../boards/boardDocument.ts'
import type { StoredRecord } from '../boards/boardDocument.ts'
import type { Logger } from '../logger.ts'
import { redact } from '../logger.ts'
import type { RoomPeer } from './RoomPeer.ts'
import { SERVER_ORIGIN } from './serverOrigin.ts'

type Change =
  | { action: 'add' | 'update'; newValue: StoredRecord; oldValue?: StoredRecord }
  | { action: 'delete'; oldValue: StoredRecord }

function isTemplate(record: StoredRecord | undefined): boolean {
  return (record?.meta as { template?: unknown } | undefined)?.template === true
}

function onlyTickChanged(before: StoredRecord, after: StoredRecord): boolean {
  if (before.type !== CHECK_SHAPE || after.type !== CHECK_SHAPE) return false
  const strip = (r: StoredRecord) =>
    JSON.stringify({ ...r, props: { ...(r.props as object), checked: null } })
  return strip(before) === strip(after)
}

/**
 * The server's hold on the template layer and the workshop map: when a participant's update changes, deletes or
 * forges a template record, a compensating update puts the layer back, so every peer
 * converges to the template again. Facilitators may change it; ticking a checklist is allowed.
 */
export function guardTemplateRecords(
  doc: Y.Doc,
  isParticipant: (origin: unknown) => origin is RoomPeer,
  boardId: string,
  logger: Logger,
): () => void {
  const records = boardRecords(doc)
  const onChange = (changes: Map<string, Change>, transaction: Y.Transaction) => {
    if (!isParticipant(transaction.origin)) return
    const restore: [string, StoredRecord | null][] = []
    changes.forEach((change, id) => {
      if (change.action === 'delete') {
        if (isTemplate(change.oldValue)) restore.push([id, change.oldValue])
      } else if (change.action === 'update') {
        const before = change.oldValue!
        if (isTemplate(before) && !onlyTickChanged(before, change.newValue)) restore.push([id, before])
        else if (!isTemplate(before) && isTemplate(change.newValue)) restore.push([id, before])
      } else if (isTemplate(change.newValue)) {
        restore.push([id, null]) // a participant may not add to the printed layer
      }
    })
    if (restore.length === 0) return
    logger.warn(
      { board: redact(boardId), records: restore.length },
      'restored template layer changed by a participant',
    )
    doc.transact(() => {
      for (const [id, record] of restore) {
        if (record) records.set(id, record)
        else records.delete(id)
      }
    }, SERVER_ORIGIN)
  }
  records.on('change', onChange as never)

  // The workshop map (timer, message) is the facilitator's: undo any participant's change.
  const workshopMap = doc.getMap<unknown>(Y_WORKSHOP_MAP)
  const onWorkshopChange = (event: Y.YMapEvent<unknown>) => {
    if (!isParticipant(event.transaction.origin)) return
    const undo = [...event.changes.keys.entries()]
    logger.warn(
      { board: redact(boardId), keys: undo.length },
      'restored workshop state changed by a participant',
    )
    doc.transact(() => {
      for (const [key, change] of undo) {
        if (change.action === 'add') workshopMap.delete(key)
        else workshopMap.set(key, change.oldValue)
      }
    }, SERVER_ORIGIN)
  }
  workshopMap.observe(onWorkshopChange)
  return () => {
    records.off('change', onChange as never)
    workshopMap.unobserve(onWorkshopChange)
  }
}
