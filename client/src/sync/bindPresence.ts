import { InstancePresenceRecordType, createPresenceStateDerivation, react } from 'tldraw'
import type { Signal, TLInstancePresence, TLStore, TLUser } from 'tldraw'
import type { Awareness } from 'y-protocols/awareness'

/** The awareness field that carries a tab's tldraw presence record. */
export const PRESENCE_FIELD = 'presence'

/**
 * Shares this tab's cursor, selection and viewport over Yjs awareness, and shows everyone
 * else's as tldraw presence records. Presence never enters the document.
 */
export function bindPresence(store: TLStore, awareness: Awareness, user: Signal<TLUser | null>): () => void {
  const instanceId = InstancePresenceRecordType.createId(String(awareness.clientID))
  const presence = createPresenceStateDerivation(user, { instanceId })(store)

  // At most one awareness message per animation frame, however fast the pointer moves.
  let frame = 0
  const stopReacting = react('bordduk presence', () => {
    const next = presence.get()
    if (frame) cancelAnimationFrame(frame)
    frame = requestAnimationFrame(() => {
      frame = 0
      awareness.setLocalStateField(PRESENCE_FIELD, next)
    })
  })

  const remoteIds = new Map<number, TLInstancePresence['id']>()
  const onAwarenessChange = ({
    added,
    updated,
    removed,
  }: {
    added: number[]
    updated: number[]
    removed: number[]
  }) => {
    const states = awareness.getStates()
    const toPut: TLInstancePresence[] = []
    const toRemove: TLInstancePresence['id'][] = []
    for (const clientId of [...added, ...updated]) {
      if (clientId === awareness.clientID) continue
      const record = (states.get(clientId) as Record<string, unknown> | undefined)?.[PRESENCE_FIELD] as
        TLInstancePresence | null | undefined
      if (record && record.typeName === 'instance_presence') {
        remoteIds.set(clientId, record.id)
        toPut.push(record)
      }
    }
    for (const clientId of removed) {
      const id = remoteIds.get(clientId)
      if (id) toRemove.push(id)
      remoteIds.delete(clientId)
    }
    if (toPut.length === 0 && toRemove.length === 0) return
    store.mergeRemoteChanges(() => {
      if (toRemove.length > 0) store.remove(toRemove)
      try {
        if (toPut.length > 0) store.put(toPut)
      } catch (error) {
        console.warn('bordduk: ignored invalid presence', error)
      }
    })
  }
  awareness.on('change', onAwarenessChange)

  return () => {
    stopReacting()
    if (frame) cancelAnimationFrame(frame)
    awareness.off('change', onAwarenessChange)
    awareness.setLocalState(null)
    store.mergeRemoteChanges(() => store.remove([...remoteIds.values()]))
  }
}
