import { Y_WORKSHOP_MAP, gatherRequestSchema } from '@bordduk/shared'
import type { BoardRole } from '@bordduk/shared'
import { CHECK_SHAPE, FIELD_SHAPE } from '@bordduk/shared/shapes'
import { BOARD_PAGE_ID } from '@bordduk/templates'

import type { StoredRecord } from '../../boards/boardDocument.ts'
import { isPlainJson } from '../../boards/checkRecord.ts'
import type { Inspection } from './inspectUpdate.ts'
import { RefusedUpdateError } from './RefusedUpdateError.ts'

/** The only map a browser writes itself, and only the facilitator's: "bring everyone here". */
export const CLIENT_WRITABLE_MAPS = [Y_WORKSHOP_MAP] as const
const GATHER_KEY = 'follow'

export function isTemplateRecord(record: StoredRecord | undefined): boolean {
  return (record?.meta as { template?: unknown } | undefined)?.template === true
}

/**
 * The one prop participants may change on each kind of template shape: a checklist item's
 * tick and a field's text. What the value may be (a boolean; a short plain string) is the
 * shape's props validator's job, which every record passed before it reaches these rules.
 */
const WRITABLE_PROP = new Map<unknown, string>([
  [CHECK_SHAPE, 'checked'],
  [FIELD_SHAPE, 'text'],
])

/** True when `after` differs from `before` in nothing but its writable prop. */
function onlyWritablePropChanged(before: StoredRecord, after: StoredRecord): boolean {
  const prop = WRITABLE_PROP.get(before.type)
  if (!prop || after.type !== before.type) return false
  const without = (r: StoredRecord) =>
    JSON.stringify({ ...r, props: { ...(r.props as object), [prop]: null } })
  return without(before) === without(after)
}

/**
 * What a role may do with an update that is already known to be well-formed: participants
 * leave the printed layer (and the board's page) alone except for ticks and field texts, and
 * write no maps;
 * facilitators may change the printed layer and ask everyone to follow them.
 */
export function checkRoleRules(
  inspection: Extract<Inspection, { kind: 'ok' }>,
  role: Exclude<BoardRole, 'view'>,
  current: (key: string) => StoredRecord | undefined,
): void {
  for (const write of inspection.mapWrites) {
    const gather = role === 'facilitator' && write.root === Y_WORKSHOP_MAP && write.key === GATHER_KEY
    if (!gather)
      throw new RefusedUpdateError('forbidden', `may not write ${write.root}.${write.key.slice(0, 40)}`)
    const valid = isPlainJson(write.value, 0) && gatherRequestSchema.safeParse(write.value).success
    if (write.value !== undefined && !valid) {
      throw new RefusedUpdateError('invalid', 'a gather request needs {userId, at}')
    }
  }
  if (role === 'facilitator') return

  const replaced = new Map<string, StoredRecord[]>()
  for (const entry of inspection.inserted) {
    if (!entry.live) continue
    const before = current(entry.key)
    if (
      isTemplateRecord(before)
        ? !onlyWritablePropChanged(before!, entry.record)
        : isTemplateRecord(entry.record)
    ) {
      throw new RefusedUpdateError(
        'forbidden',
        `may not change the printed layer (${entry.key.slice(0, 60)})`,
      )
    }
    replaced.set(entry.key, [...(replaced.get(entry.key) ?? []), entry.record])
  }
  for (const { key, record } of inspection.deleted) {
    const isProtected = isTemplateRecord(record) || record.id === BOARD_PAGE_ID
    // Replacing an entry deletes the old one; deleting it without a successor removes it.
    if (isProtected && !replaced.has(key)) {
      throw new RefusedUpdateError('forbidden', `may not delete the printed layer (${key.slice(0, 60)})`)
    }
  }
}
