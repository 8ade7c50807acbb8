import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'

import { RefusedUpdateError } from './RefusedUpdateError.ts'

/** One client's presence in an awareness update: its id, clock and state as sent (JSON text). */
interface PresenceEntry {
  clientId: number
  clock: number
  stateJson: string
}

/** An awareness connection introduces one client id: its tab's own (the others it relays). */
export const MAX_AWARENESS_IDS_PER_PEER = 1

/**
 * Keeps only the presence entries a connection may send: states of at most `maxStateBytes`
 * (a larger one refuses the frame) for client ids it owns or may now claim. Entries for ids
 * another connection owns are dropped, so nobody can rewrite or remove a neighbour's cursor.
 * Returns the re-encoded update, or null when nothing is left.
 */
export function filterAwareness(
  update: Uint8Array,
  mayWrite: (clientId: number, removal: boolean) => boolean,
  maxStateBytes: number,
): { update: Uint8Array; clientIds: number[] } | null {
  const entries: PresenceEntry[] = []
  try {
    const decoder = decoding.createDecoder(update)
    const count = decoding.readVarUint(decoder)
    for (let i = 0; i < count; i++) {
      const clientId = decoding.readVarUint(decoder)
      const clock = decoding.readVarUint(decoder)
      const stateJson = decoding.readVarString(decoder)
      if (stateJson.length > maxStateBytes) {
        throw new RefusedUpdateError('tooLarge', `presence state over ${maxStateBytes} bytes`)
      }
      JSON.parse(stateJson) // y-protocols would throw on it later, inside the room
      entries.push({ clientId, clock, stateJson })
    }
  } catch (error) {
    if (error instanceof RefusedUpdateError) throw error
    throw new RefusedUpdateError('malformed', `bad presence update: ${(error as Error).message}`)
  }
  const kept = entries.filter((entry) => mayWrite(entry.clientId, entry.stateJson === 'null'))
  if (kept.length === 0) return null
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, kept.length)
  for (const entry of kept) {
    encoding.writeVarUint(encoder, entry.clientId)
    encoding.writeVarUint(encoder, entry.clock)
    encoding.writeVarString(encoder, entry.stateJson)
  }
  return { update: encoding.toUint8Array(encoder), clientIds: kept.map((e) => e.clientId) }
}
