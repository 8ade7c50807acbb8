import type { BoardRole } from '@bordduk/shared'

import type { RoomPeer } from '../rooms/RoomPeer.ts'
import { decodeFrame } from '../sync/testing/syncFrames.ts'
import type { FrameKind, FrameOf, SyncFrame } from '../sync/testing/syncFrames.ts'

/** A {@link RoomPeer} that records what the room sends it, for tests without sockets. */
export class FakePeer implements RoomPeer {
  readonly awarenessIds = new Set<number>()
  readonly sent: Uint8Array[] = []
  closedWith: { code: number; reason: string } | null = null

  readonly role: BoardRole
  /** The tab's session secret, when a test plays one tab on several sockets. */
  session: string | undefined = undefined

  constructor(role: BoardRole) {
    this.role = role
  }

  send(message: Uint8Array): void {
    this.sent.push(message)
  }

  close(code: number, reason: string): void {
    this.closedWith = { code, reason }
  }

  /** Whether this fake answers a liveness probe (a stale socket does not). */
  answersProbes = true
  terminated = false

  probe(): Promise<boolean> {
    return Promise.resolve(this.answersProbes && !this.terminated)
  }

  terminate(): void {
    this.terminated = true
  }

  frames(): SyncFrame[] {
    return this.sent.map(decodeFrame)
  }

  framesOf<K extends FrameKind>(kind: K): FrameOf<K>[] {
    return this.frames().filter((f): f is FrameOf<K> => f.kind === kind)
  }

  /** Forgets what was sent so far (e.g. the handshake). */
  clear(): void {
    this.sent.length = 0
  }
}
