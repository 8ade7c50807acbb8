import type { WebSocket } from 'ws'

import type { BoardRole } from '@bordduk/shared'

import type { RoomPeer } from '../rooms/RoomPeer.ts'

/** A {@link RoomPeer} on a `ws` socket. */
export class SocketPeer implements RoomPeer {
  readonly awarenessIds = new Set<number>()

  readonly role: BoardRole
  /** The key this socket came with, kept in memory only: rotation re-checks it. */
  readonly key: string | undefined
  private readonly socket: WebSocket

  readonly session: string | undefined
  readonly observer: boolean

  constructor(socket: WebSocket, role: BoardRole, key?: string, session?: string, observer = false) {
    this.socket = socket
    this.role = role
    this.key = key
    this.session = session
    this.observer = observer
  }

  send(message: Uint8Array): void {
    if (this.socket.readyState !== this.socket.OPEN) return
    this.socket.send(message, (error) => {
      // A failed send means the link is gone; closing lets the client reconnect and resync.
      if (error) this.socket.terminate()
    })
  }

  probe(timeoutMs: number): Promise<boolean> {
    if (this.socket.readyState !== this.socket.OPEN) return Promise.resolve(false)
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.socket.off('pong', onPong)
        resolve(false)
      }, timeoutMs)
      const onPong = () => {
        clearTimeout(timer)
        resolve(true)
      }
      this.socket.once('pong', onPong)
      this.socket.ping()
    })
  }

  terminate(): void {
    this.socket.terminate()
  }

  close(code: number, reason: string): void {
    if (this.socket.readyState === this.socket.OPEN || this.socket.readyState === this.socket.CONNECTING) {
      this.socket.close(code, reason)
    }
  }
}
