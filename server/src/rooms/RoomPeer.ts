import type { BoardRole } from '@bordduk/shared'

/** One participant connected to a room, as the room sees it (a socket, in production). */
export interface RoomPeer {
  readonly role: BoardRole
  /** The key the peer joined with (memory only), re-checked when keys are rotated. */
  readonly key?: string | undefined
  /** Awareness client ids this peer has announced; removed from presence when it leaves. */
  readonly awarenessIds: Set<number>
  /**
   * A secret the browser tab chose for itself and sends on every socket it opens (never shown
   * to anyone else): a new socket with the same one is that tab back, its old socket stale.
   */
  readonly session?: string | undefined
  /**
   * Joined only to look (the projector view, `?observer=1`): not counted among the people on the
   * board. The client's own word, so it can only ever leave itself out of the count.
   */
  readonly observer?: boolean
  send(message: Uint8Array): void
  close(code: number, reason: string): void
  /**
   * Whether the other end still answers (a WebSocket ping) within `timeoutMs`. A browser whose
   * Wi-Fi dropped reconnects while its old socket still looks open here.
   */
  probe(timeoutMs: number): Promise<boolean>
  /** Drops a connection that no longer answers, without a closing handshake. */
  terminate(): void
}
