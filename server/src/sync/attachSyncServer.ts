import type { IncomingMessage, Server } from 'node:http'
import type { Duplex } from 'node:stream'

import { WebSocket, WebSocketServer } from 'ws'
import type { RawData } from 'ws'

import { CLOSE_CODES, boardIdSchema, closeReason } from '@bordduk/shared'
import type { CloseCodeName } from '@bordduk/shared'

import { isReplacedKey } from '../boards/isReplacedKey.ts'
import { resolveBoardRole } from '../boards/resolveBoardRole.ts'
import type { Limits } from '../config.ts'
import { clientAddress } from '../http/clientAddress.ts'
import type { Logger } from '../logger.ts'
import { redact } from '../logger.ts'
import type { RoomRegistry } from '../rooms/RoomRegistry.ts'
import type { Store } from '../storage/Store.ts'
import { MalformedMessageError, handlePeerMessage } from './handlePeerMessage.ts'
import { SocketPeer } from './SocketPeer.ts'

/** Room for the message type and length prefixes around an update in one frame. */
const FRAME_OVERHEAD_BYTES = 64
const HEARTBEAT_INTERVAL_MS = 30_000
const SYNC_PATH = /^\/sync\/([^/]+)$/
/** A tab's session secret: long enough not to be guessed, nothing that needs escaping. */
const SESSION_PATTERN = /^[A-Za-z0-9_-]{16,64}$/

export interface SyncServerDeps {
  store: Store
  rooms: RoomRegistry
  logger: Logger
  limits: Pick<Limits, 'maxUpdateBytes' | 'maxConnectionsPerBoard' | 'maxConnectionsPerIp'>
  trustProxy: boolean
}

/**
 * ws closes an oversized frame with a bare 1009; every close of ours says why, so the
 * client (and whoever reads its console) knows what happened.
 */
class ReasonedWebSocket extends WebSocket {
  static maxPayloadBytes = 0
  override close(code?: number, data?: string | Buffer): void {
    if (code === CLOSE_CODES.messageTooLarge.code && !data) {
      const limit = `at most ${ReasonedWebSocket.maxPayloadBytes} bytes per message`
      return super.close(code, closeReason(CLOSE_CODES.messageTooLarge.reason, limit))
    }
    super.close(code, data)
  }
}

/** Serves the y-websocket protocol at `/sync/:boardId?key=` on the HTTP server's port. */
export function attachSyncServer(server: Server, deps: SyncServerDeps): WebSocketServer {
  const maxPayload = deps.limits.maxUpdateBytes + FRAME_OVERHEAD_BYTES
  ReasonedWebSocket.maxPayloadBytes = maxPayload
  const wss = new WebSocketServer({ noServer: true, maxPayload, WebSocket: ReasonedWebSocket })
  const perAddress = new Map<string, number>()

  server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const url = new URL(request.url ?? '/', 'http://localhost')
    const match = SYNC_PATH.exec(url.pathname)
    if (!match) {
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n')
      return
    }
    const forwarded = request.headers['x-forwarded-for']
    const address = clientAddress(
      request.socket.remoteAddress,
      Array.isArray(forwarded) ? forwarded.join(',') : forwarded,
      deps.trustProxy,
    )
    wss.handleUpgrade(request, socket, head, (ws) => {
      // Counted from the upgrade on, so a flood of sockets is refused before any board loads.
      const open = perAddress.get(address) ?? 0
      if (open >= deps.limits.maxConnectionsPerIp) {
        deps.logger.warn({ open }, 'sync refused: too many connections from one address')
        return ws.close(
          CLOSE_CODES.tooMany.code,
          closeReason(CLOSE_CODES.tooMany.reason, 'from your address'),
        )
      }
      perAddress.set(address, open + 1)
      ws.once('close', () => {
        const left = (perAddress.get(address) ?? 1) - 1
        if (left > 0) perAddress.set(address, left)
        else perAddress.delete(address)
      })
      const session = url.searchParams.get('session') ?? undefined
      void acceptSocket(ws, decodePathSegment(match[1]!), url.searchParams.get('key') ?? undefined, deps, {
        session: session && SESSION_PATTERN.test(session) ? session : undefined,
        observer: url.searchParams.get('observer') === '1',
      })
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

async function acceptSocket(
  ws: WebSocket,
  boardId: string,
  key: string | undefined,
  deps: SyncServerDeps,
  options: { session: string | undefined; observer: boolean },
) {
  const { store, rooms, logger, limits } = deps
  const alive = ws as WebSocket & { isAlive?: boolean }
  alive.isAlive = true
  ws.on('pong', () => (alive.isAlive = true))
  ws.on('error', (error) => logger.debug({ err: error }, 'socket error'))

  // Frames may arrive while we check the key and load the board: hold them, answer after load.
  const early: RawData[] = []
  let earlyBytes = 0
  const holdEarly = (data: RawData) => {
    earlyBytes += toBytes(data).byteLength
    // Held in memory while the board loads: bounded like the pending-update backlog.
    if (earlyBytes > limits.maxUpdateBytes * 2) {
      early.length = 0
      return ws.close(
        CLOSE_CODES.overLimit.code,
        closeReason(CLOSE_CODES.overLimit.reason, 'too much sent before sync'),
      )
    }
    early.push(data)
  }
  ws.on('message', holdEarly)

  if (!boardIdSchema.safeParse(boardId).success) return closeWith(ws, 'notFound')
  const board = await store.getBoard(boardId)
  if (!board) return closeWith(ws, 'notFound')
  const role = await resolveBoardRole(store, board, key)
  if (!role) {
    logger.info({ board: redact(boardId) }, 'sync refused: bad key')
    return closeWith(ws, (await isReplacedKey(store, board, key)) ? 'keyRotated' : 'forbidden')
  }

  let room
  try {
    room = await rooms.acquire(boardId)
  } catch (error) {
    logger.error({ board: redact(boardId), err: error }, 'board load failed')
    return closeWith(ws, 'loadFailed')
  }
  if (ws.readyState !== ws.OPEN) return rooms.releaseIfIdle(room)
  if (room.peerCount >= limits.maxConnectionsPerBoard) {
    logger.warn({ board: redact(boardId), peers: room.peerCount }, 'sync refused: board full of connections')
    ws.close(CLOSE_CODES.tooMany.code, closeReason(CLOSE_CODES.tooMany.reason, 'on this board'))
    return rooms.releaseIfIdle(room)
  }

  const peer = new SocketPeer(ws, role, key, options.session, options.observer)
  const onMessage = (data: RawData) => {
    try {
      handlePeerMessage(room, peer, toBytes(data))
    } catch (error) {
      if (!(error instanceof MalformedMessageError)) {
        // Our fault, not the client's: say so, and let it reconnect to a clean state.
        logger.error({ board: redact(boardId), err: error }, 'handling a sync message failed')
        return ws.close(CLOSE_CODES.internalError.code, CLOSE_CODES.internalError.reason)
      }
      logger.warn({ board: redact(boardId), reason: error.message }, 'malformed sync message')
      ws.close(
        CLOSE_CODES.malformedMessage.code,
        closeReason(CLOSE_CODES.malformedMessage.reason, error.message),
      )
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
