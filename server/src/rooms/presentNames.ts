import type * as awarenessProtocol from 'y-protocols/awareness'

import { MAX_PRESENT_NAME_LENGTH, MAX_PRESENT_NAMES } from '@bordduk/shared'

/** The awareness field that carries a tab's tldraw presence record (client/src/sync/bindPresence.ts). */
const PRESENCE_FIELD = 'presence'

/**
 * The names people on a board go by now, from their tldraw presence (`presence.userName`),
 * sorted. A name is whatever the peer chose, so it is trimmed, stripped of control characters
 * and cut to a length; the list is capped. Tabs without a name (still loading, the projector
 * view, the server itself) are not counted.
 */
export function presentNames(awareness: awarenessProtocol.Awareness): string[] {
  const names: string[] = []
  for (const state of awareness.getStates().values()) {
    const presence = (state as Record<string, unknown> | null)?.[PRESENCE_FIELD] as
      { userName?: unknown } | null | undefined
    if (typeof presence?.userName !== 'string') continue
    // eslint-disable-next-line no-control-regex
    const name = presence.userName.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ').trim()
    if (name) names.push([...name].slice(0, MAX_PRESENT_NAME_LENGTH).join('').trim())
  }
  return names.sort((a, b) => a.localeCompare(b)).slice(0, MAX_PRESENT_NAMES)
}
