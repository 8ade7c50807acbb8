import type { IncomingMessage, Server } from 'node:http'
import type { Duplex } from 'node:stream'

import { WebSocketServer } from 'ws'
import type { RawData, WebSocket } from 'ws'

import { CLOSE_CODES, boardIdSchema } from '@bordduk/shared'
import type { CloseCodeName } from '@bordduk/shared'

import { resolveBoardRole } from '../boards/resolveBoardRole.ts'
import type { Logger } from '../logger.ts'
import { redact } from '../logger.ts'
import type { RoomRegistry } from '../rooms/RoomRegistry.ts'
import type { Store } from '../storage/Store.ts'
import { MalformedMessageError, handlePeerMessage } from './handlePeerMessage.ts'
import { SocketPeer } from './SocketPeer.ts'

/** ws accepts up to 100 MiB by default; a whiteboard frame is far smaller. Oversize → 1009. */
export const MAX_MESSAGE_BYTES = 16 * 1024 * 1024
const HEARTBEAT_INTERVAL_MS = 30_000
const SYNC_PATH = /^\/sync\/([^/]+)$/

export interface SyncServerDeps {
  store: Store
  rooms: RoomRegistry
  logger: Logger
}

/** Serves the y-websocket protocol at `/sync/:boardId?key=` on the HTTP server's port. */
export function attachSyncServer(server: Server, deps: SyncServerDeps): WebSocketServer {
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES })

  server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const url = new URL(request.url ?? '/', 'http://localhost')
    const match = SYNC_PATH.exec(url.pathname)
    if (!match) {
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n')
      return
    }
    wss.handleUpgrade(request, socket, head, (ws) => {
      void acceptSocket(ws, decodePathSegment(match[1]!), url.searchParams.get('key') ?? undefined, deps)
    })
  })

  const heartbeat = setInterval(() => {
    for (const ws of wss.clients) {
      const alive = ws as WebSocket & { isAlive?: boolean }
      if (alive.isAlive === false) {
        ws.terminate()
        continue
      }
      alive.isAlive = false
      ws.ping()
    }
  }, HEARTBEAT_INTERVAL_MS)
  wss.on('close', () => clearInterval(heartbeat))
  return wss
}

/** decodeURIComponent throws on broken escapes (`%E0%A4%A`); keep those raw so the id check refuses them. */
function decodePathSegment(segment: string): string {
  try {
    return decodeURIComponent(segment)
  } catch {
    return segment
  }
}

function closeWith(ws: WebSocket, name: CloseCodeName): void {
  const { code, reason } = CLOSE_CODES[name]
  ws.close(code, reason)
}

async function acceptSocket(ws: WebSocket, boardId: string, key: string | undefined, deps: SyncServerDeps) {
  const { store, rooms, logger } = deps
  const alive = ws as WebSocket & { isAlive?: boolean }
  alive.isAlive = true
  ws.on('pong', () => (alive.isAlive = true))
  ws.on('error', (error) => logger.debug({ err: error }, 'socket error'))

  // Frames may arrive while we check the key and load the board: hold them, answer after load.
  const early: RawData[] = []
  const holdEarly = (data: RawData) => early.push(data)
  ws.on('message', holdEarly)

  if (!boardIdSchema.safeParse(boardId).success) return closeWith(ws, 'notFound')
  const board = await store.getBoard(boardId)
  if (!board) return closeWith(ws, 'notFound')
  const role = await resolveBoardRole(store, board, key)
  if (!role) {
    logger.info({ board: redact(boardId) }, 'sync refused: bad key')
    return closeWith(ws, 'forbidden')
  }

  let room
  try {
    room = await rooms.acquire(boardId)
  } catch (error) {
    logger.error({ board: redact(boardId), err: error }, 'board load failed')
    return closeWith(ws, 'loadFailed')
  }
  if (ws.readyState !== ws.OPEN) return rooms.releaseIfIdle(room)

  const peer = new SocketPeer(ws, role, key)
  const onMessage = (data: RawData) => {
    try {
      handlePeerMessage(room, peer, toBytes(data))
    } catch (error) {
      if (!(error instanceof MalformedMessageError)) throw error
      logger.warn({ board: redact(boardId), reason: error.message }, 'malformed sync message')
      closeWith(ws, 'malformedMessage')
    }
  }
  ws.off('message', holdEarly)
  ws.on('message', onMessage)
  ws.on('close', () => {
    room.removePeer(peer)
    rooms.releaseIfIdle(room)
  })
  room.addPeer(peer)
  for (const data of early) {
    if (ws.readyState !== ws.OPEN) break // closed by a malformed frame: ignore the rest
    onMessage(data)
  }
}

function toBytes(data: RawData): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data))
  if (data instanceof ArrayBuffer) return new Uint8Array(data)
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
}
