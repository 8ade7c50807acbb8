import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'

import { MESSAGE_AWARENESS } from '@bordduk/shared'

/** One client's presence as the awareness protocol carries it; `state: null` removes it. */
export interface PresenceEntry {
  clientId: number
  clock: number
  state: unknown
}

/** The awareness update (no frame header) for entries of any client ids and clocks. */
export function awarenessUpdate(entries: readonly PresenceEntry[]): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, entries.length)
  for (const { clientId, clock, state } of entries) {
    encoding.writeVarUint(encoder, clientId)
    encoding.writeVarUint(encoder, clock)
    encoding.writeVarString(encoder, JSON.stringify(state))
  }
  return encoding.toUint8Array(encoder)
}

/** A whole awareness frame, as a crafted client sends it: it may speak for anyone. */
export function awarenessFrame(entries: readonly PresenceEntry[]): Uint8Array {
  return wrapAwareness(awarenessUpdate(entries))
}

/** Puts an awareness update (maybe not a valid one) into an awareness frame. */
export function wrapAwareness(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, MESSAGE_AWARENESS)
  encoding.writeVarUint8Array(encoder, update)
  return encoding.toUint8Array(encoder)
}

/** The entries of an awareness update the server relayed. */
export function readAwarenessUpdate(update: Uint8Array): PresenceEntry[] {
  const decoder = decoding.createDecoder(update)
  const entries: PresenceEntry[] = []
  const count = decoding.readVarUint(decoder)
  for (let i = 0; i < count; i++) {
    const clientId = decoding.readVarUint(decoder)
    const clock = decoding.readVarUint(decoder)
    entries.push({ clientId, clock, state: JSON.parse(decoding.readVarString(decoder)) })
  }
  return entries
}
