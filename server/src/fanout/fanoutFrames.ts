import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'

import type { BoardSignal } from './Fanout.ts'

const KIND = { update: 1, awareness: 2, holding: 3, presenceQuery: 4 } as const

/** A board signal on the wire: kind, sender instance, payload (binary, no JSON round trip). */
export function encodeBoardSignal(from: string, signal: BoardSignal): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, KIND[signal.kind])
  encoding.writeVarString(encoder, from)
  switch (signal.kind) {
    case 'update':
    case 'awareness':
      encoding.writeVarUint8Array(encoder, signal.update)
      break
    case 'holding':
      encoding.writeVarUint8Array(encoder, signal.stateVector)
      encoding.writeVarString(encoder, signal.deletesDigest)
      break
    case 'presenceQuery':
      break
  }
  return encoding.toUint8Array(encoder)
}

/** Reads a frame written by {@link encodeBoardSignal}; null for anything else. */
export function decodeBoardSignal(frame: Uint8Array): { from: string; signal: BoardSignal } | null {
  try {
    const decoder = decoding.createDecoder(frame)
    const kind = decoding.readVarUint(decoder)
    const from = decoding.readVarString(decoder)
    switch (kind) {
      case KIND.update:
        return { from, signal: { kind: 'update', update: decoding.readVarUint8Array(decoder) } }
      case KIND.awareness:
        return { from, signal: { kind: 'awareness', update: decoding.readVarUint8Array(decoder) } }
      case KIND.holding: {
        const stateVector = decoding.readVarUint8Array(decoder)
        return {
          from,
          signal: { kind: 'holding', stateVector, deletesDigest: decoding.readVarString(decoder) },
        }
      }
      case KIND.presenceQuery:
        return { from, signal: { kind: 'presenceQuery' } }
      default:
        return null
    }
  } catch {
    return null
  }
}
