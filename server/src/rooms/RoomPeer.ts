import type { BoardRole } from '@bordduk/shared'

/** One participant connected to a room, as the room sees it (a socket, in production). */
export interface RoomPeer {
  readonly role: BoardRole
  /** Awareness client ids this peer has announced; removed from presence when it leaves. */
  readonly awarenessIds: Set<number>
  send(message: Uint8Array): void
  close(code: number, reason: string): void
}
