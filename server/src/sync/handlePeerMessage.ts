import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import * as awarenessProtocol from 'y-protocols/awareness'
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
import { encodeAwareness, encodeSaveReceipt } from './syncEncoding.ts'

/** A frame we could not make sense of; the socket is closed with 4400. */
export class MalformedMessageError extends Error {
  override name = 'MalformedMessageError'
}

/**
 * Handles one binary frame from a peer. Viewers may ask for state and show presence, but the
 * document changes they send (sync step 2 and updates) are read past and dropped, so a crafted
 * client cannot edit a board it may only view.
 */
export function handlePeerMessage(room: BoardRoom, peer: RoomPeer, data: Uint8Array): void {
  try {
    const decoder = decoding.createDecoder(data)
    const messageType = decoding.readVarUint(decoder)
    switch (messageType) {
      case MESSAGE_SYNC:
        return handleSync(room, peer, decoder)
      case MESSAGE_AWARENESS: {
        const update = decoding.readVarUint8Array(decoder)
        awarenessProtocol.applyAwarenessUpdate(room.awareness, update, peer)
        return
      }
      case MESSAGE_QUERY_AWARENESS:
        peer.send(encodeAwareness(room.awareness, [...room.awareness.getStates().keys()]))
        return
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
    case syncProtocol.messageYjsSyncStep1: {
      const encoder = encoding.createEncoder()
      encoding.writeVarUint(encoder, MESSAGE_SYNC)
      syncProtocol.writeSyncStep2(encoder, room.doc, decoding.readVarUint8Array(decoder))
      peer.send(encoding.toUint8Array(encoder))
      return
    }
    case syncProtocol.messageYjsSyncStep2:
    case syncProtocol.messageYjsUpdate: {
      const update = decoding.readVarUint8Array(decoder)
      if (peer.role === 'view') return
      applyPeerUpdate(room, peer, update)
      return
    }
    default:
      throw new MalformedMessageError(`unknown sync message type ${syncType}`)
  }
}

function applyPeerUpdate(room: BoardRoom, peer: RoomPeer, update: Uint8Array): void {
  // Yjs can throw half-way through a corrupt update; validate by decoding it first so a bad
  // frame never touches the shared doc.
  try {
    Y.decodeUpdate(update)
  } catch (error) {
    throw new MalformedMessageError(`invalid Yjs update: ${(error as Error).message}`)
  }
  Y.applyUpdate(room.doc, update, peer)
}
