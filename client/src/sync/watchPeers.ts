import type { Awareness } from 'y-protocols/awareness'

import { PRESENCE_FIELD } from './bindPresence.ts'

/** The other people on the board now: awareness client id → the name they go by. */
export type Peers = ReadonlyMap<number, string>

/**
 * Calls `listener` with everyone else who shares presence on the board, each time someone
 * appears, leaves or first gets a name. Only peers that publish tldraw presence with a name
 * count: a tab that is still loading has no presence yet, and a nameless peer cannot be told.
 */
export function watchPeers(awareness: Awareness, listener: (peers: Peers) => void): () => void {
  let last = new Map<number, string>()
  const onChange = () => {
    const next = new Map<number, string>()
    for (const [clientId, state] of awareness.getStates()) {
      if (clientId === awareness.clientID) continue
      const presence = (state as Record<string, unknown>)[PRESENCE_FIELD] as { userName?: unknown } | null
      const name = typeof presence?.userName === 'string' ? presence.userName.trim() : ''
      if (name) next.set(clientId, name)
    }
    if (sameNames(last, next)) return
    last = next
    listener(next)
  }
  awareness.on('change', onChange)
  onChange()
  return () => awareness.off('change', onChange)
}

function sameNames(a: Peers, b: Peers): boolean {
  if (a.size !== b.size) return false
  for (const [id, name] of a) if (b.get(id) !== name) return false
  return true
}
