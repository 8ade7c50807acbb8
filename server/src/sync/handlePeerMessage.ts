import * as decoding from 'lib0/decoding'
import * as syncProtocol from 'y-protocols/sync'
import * as Y from 'yjs'

import {
  MESSAGE_AUTH,
  MESSAGE_AWARENESS,
  MESSAGE_QUERY_AWARENESS,
  MESSAGE_SAVE_RECEIPT,
  MESSAGE_SYNC,
} from '@bordduk/shared'

import type { BoardRoom } from '../rooms/BoardRoom.ts'
import type { RoomPeer } from '../rooms/RoomPeer.ts'
import { encodeSaveReceipt } from './syncEncoding.ts'

/** A frame we could not make sense of; the socket is closed with 4400. */
export class MalformedMessageError extends Error {
  override name = 'MalformedMessageError'
}

/** Reading the frame itself; what the room does with its content is the room's business. */
function read<T>(what: () => T): T {
  try {
    return what()
  } catch (error) {
    throw new MalformedMessageError(error instanceof Error ? error.message : String(error))
  }
}

/**
 * Reads one binary frame from a peer and hands its content to the room, which decides what
 * may reach the board: viewers' document changes are dropped, everyone's updates are checked
 * before they are applied, and presence only for the client ids the peer owns.
 */
export function handlePeerMessage(room: BoardRoom, peer: RoomPeer, data: Uint8Array): void {
  const decoder = decoding.createDecoder(data)
  const messageType = read(() => decoding.readVarUint(decoder))
  switch (messageType) {
    case MESSAGE_SYNC:
      return handleSync(room, peer, decoder)
    case MESSAGE_AWARENESS:
      return room.receiveAwareness(
        peer,
        read(() => decoding.readVarUint8Array(decoder)),
      )
    case MESSAGE_QUERY_AWARENESS:
      return room.sendPresence(peer)
    case MESSAGE_SAVE_RECEIPT: {
      const seq = read(() => decoding.readVarUint(decoder))
      void room.whenPeerSaved(peer).then(() => peer.send(encodeSaveReceipt(seq, Date.now())))
      return
    }
    case MESSAGE_AUTH:
      return // the key travels in the URL; nothing to do
    default:
      throw new MalformedMessageError(`unknown message type ${messageType}`)
  }
}

function handleSync(room: BoardRoom, peer: RoomPeer, decoder: decoding.Decoder): void {
  const syncType = read(() => decoding.readVarUint(decoder))
  switch (syncType) {
    case syncProtocol.messageYjsSyncStep1: {
      const stateVector = read(() => decoding.readVarUint8Array(decoder))
      // A state vector that does not decode is the client's fault, not the doc's.
      read(() => Y.decodeStateVector(stateVector))
      return room.answerSyncStep1(peer, stateVector)
    }
    case syncProtocol.messageYjsSyncStep2:
    case syncProtocol.messageYjsUpdate:
      return room.receiveUpdate(
        peer,
        read(() => decoding.readVarUint8Array(decoder)),
      )
    default:
      throw new MalformedMessageError(`unknown sync message type ${syncType}`)
  }
}
