import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'

import { z } from 'zod'

import type { BoardSignal } from './Fanout.ts'

const writersSchema = z
  .array(
    z.object({
      id: z.string().min(1).max(100),
      role: z.enum(['edit', 'facilitator', 'view']),
      awarenessIds: z.array(z.number().int().nonnegative()).max(64),
    }),
  )
  .max(1000)

const KIND = { update: 1, awareness: 2, holding: 3, presenceQuery: 4, writers: 5 } as const

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
    case 'writers':
      encoding.writeVarString(encoder, JSON.stringify(signal.writers))
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
      case KIND.writers: {
        const writers = writersSchema.safeParse(JSON.parse(decoding.readVarString(decoder)))
        return writers.success ? { from, signal: { kind: 'writers', writers: writers.data } } : null
      }
      default:
        return null
    }
  } catch {
    return null
  }
}
