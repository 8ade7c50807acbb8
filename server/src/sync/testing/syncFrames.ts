import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import * as awarenessProtocol from 'y-protocols/awareness'
import * as syncProtocol from 'y-protocols/sync'

import {
  MESSAGE_AWARENESS,
  MESSAGE_QUERY_AWARENESS,
  MESSAGE_SAVE_RECEIPT,
  MESSAGE_SYNC,
} from '@bordduk/shared'

/** A frame of the y-websocket protocol (plus save receipts), decoded for assertions. */
export type SyncFrame =
  | { kind: 'syncStep1'; stateVector: Uint8Array }
  | { kind: 'syncStep2'; update: Uint8Array }
  | { kind: 'update'; update: Uint8Array }
  | { kind: 'awareness'; update: Uint8Array }
  | { kind: 'saveReceipt'; seq: number; savedAtMs: number }

export type FrameKind = SyncFrame['kind']
export type FrameOf<K extends FrameKind> = Extract<SyncFrame, { kind: K }>

/** Decodes a frame the server sent; throws on anything the server should never send. */
export function decodeFrame(bytes: Uint8Array): SyncFrame {
  const decoder = decoding.createDecoder(bytes)
  const type = decoding.readVarUint(decoder)
  let frame: SyncFrame
  if (type === MESSAGE_SYNC) {
    const syncType = decoding.readVarUint(decoder)
    const payload = decoding.readVarUint8Array(decoder).slice()
    if (syncType === syncProtocol.messageYjsSyncStep1) frame = { kind: 'syncStep1', stateVector: payload }
    else if (syncType === syncProtocol.messageYjsSyncStep2) frame = { kind: 'syncStep2', update: payload }
    else if (syncType === syncProtocol.messageYjsUpdate) frame = { kind: 'update', update: payload }
    else throw new Error(`unexpected sync type ${syncType}`)
  } else if (type === MESSAGE_AWARENESS) {
    frame = { kind: 'awareness', update: decoding.readVarUint8Array(decoder).slice() }
  } else if (type === MESSAGE_SAVE_RECEIPT) {
    frame = {
      kind: 'saveReceipt',
      seq: decoding.readVarUint(decoder),
      savedAtMs: decoding.readVarUint(decoder),
    }
  } else {
    throw new Error(`unexpected message type ${type}`)
  }
  if (decoding.hasContent(decoder)) throw new Error(`trailing bytes after ${frame.kind}`)
  return frame
}

function frame(write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder()
  write(encoder)
  return encoding.toUint8Array(encoder)
}

function syncFrame(syncType: number, payload: Uint8Array): Uint8Array {
  return frame((e) => {
    encoding.writeVarUint(e, MESSAGE_SYNC)
    encoding.writeVarUint(e, syncType)
    encoding.writeVarUint8Array(e, payload)
  })
}

/** Encoders for what a client sends. */
export const clientFrames = {
  syncStep1: (stateVector: Uint8Array) => syncFrame(syncProtocol.messageYjsSyncStep1, stateVector),
  syncStep2: (update: Uint8Array) => syncFrame(syncProtocol.messageYjsSyncStep2, update),
  update: (update: Uint8Array) => syncFrame(syncProtocol.messageYjsUpdate, update),
  awareness: (awareness: awarenessProtocol.Awareness, clients: number[]) =>
    frame((e) => {
      encoding.writeVarUint(e, MESSAGE_AWARENESS)
      encoding.writeVarUint8Array(e, awarenessProtocol.encodeAwarenessUpdate(awareness, clients))
    }),
  queryAwareness: () => frame((e) => encoding.writeVarUint(e, MESSAGE_QUERY_AWARENESS)),
  saveReceiptRequest: (seq: number) =>
    frame((e) => {
      encoding.writeVarUint(e, MESSAGE_SAVE_RECEIPT)
      encoding.writeVarUint(e, seq)
    }),
}
