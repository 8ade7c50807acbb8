import * as decoding from 'lib0/decoding'
import * as syncProtocol from 'y-protocols/sync'

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

/**
 * Reads one binary frame from a peer and hands its content to the room, which decides what
 * may reach the board: viewers' document changes are dropped, everyone's updates are checked
 * before they are applied, and presence only for the client ids the peer owns.
 */
export function handlePeerMessage(room: BoardRoom, peer: RoomPeer, data: Uint8Array): void {
  try {
    const decoder = decoding.createDecoder(data)
    const messageType = decoding.readVarUint(decoder)
    switch (messageType) {
      case MESSAGE_SYNC:
        return handleSync(room, peer, decoder)
      case MESSAGE_AWARENESS:
        return room.receiveAwareness(peer, decoding.readVarUint8Array(decoder))
      case MESSAGE_QUERY_AWARENESS:
        return room.sendPresence(peer)
      case MESSAGE_SAVE_RECEIPT: {
        const seq = decoding.readVarUint(decoder)
        void room.persistence.whenPersisted().then(() => peer.send(encodeSaveReceipt(seq, Date.now())))
        return
      }
      case MESSAGE_AUTH:
        return // the key travels in the URL; nothing to do
      default:
        throw new MalformedMessageError(`unknown message type ${messageType}`)
    }
  } catch (error) {
    if (error instanceof MalformedMessageError) throw error
    throw new MalformedMessageError(error instanceof Error ? error.message : String(error))
  }
}

function handleSync(room: BoardRoom, peer: RoomPeer, decoder: decoding.Decoder): void {
  const syncType = decoding.readVarUint(decoder)
  switch (syncType) {
    case syncProtocol.messageYjsSyncStep1:
      return room.answerSyncStep1(peer, decoding.readVarUint8Array(decoder))
    case syncProtocol.messageYjsSyncStep2:
    case syncProtocol.messageYjsUpdate:
      return room.receiveUpdate(peer, decoding.readVarUint8Array(decoder))
    default:
      throw new MalformedMessageError(`unknown sync message type ${syncType}`)
  }
}
