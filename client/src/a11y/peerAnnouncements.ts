import type { Peers } from '../sync/watchPeers.ts'

/**
 * A leave is held this long before it is said: someone who reloads the page or loses the
 * network for a moment comes back as a new peer under the same name, and then neither the
 * leave nor the join is news.
 */
export const LEAVE_GRACE_MS = 5_000

export interface PeerNews {
  joined(name: string): void
  left(name: string): void
}

/**
 * Turns the changing set of peers into "X joined" and "X left". While `quiet` (our own link is
 * down or has only just come back) the peers are taken in silently: awareness then lists
 * everyone again, and all of them joining at once would be false news.
 */
export class PeerAnnouncements {
  private known = new Map<number, string>()
  private readonly leaving = new Map<string, ReturnType<typeof setTimeout>[]>()

  private readonly news: PeerNews
  private readonly leaveGraceMs: number

  constructor(news: PeerNews, leaveGraceMs = LEAVE_GRACE_MS) {
    this.news = news
    this.leaveGraceMs = leaveGraceMs
  }

  update(peers: Peers, quiet: boolean): void {
    const before = this.known
    this.known = new Map(peers)
    if (quiet) return
    for (const [id, name] of before) {
      if (peers.has(id)) continue
      const timer = setTimeout(() => {
        this.dropLeave(name, timer)
        this.news.left(name)
      }, this.leaveGraceMs)
      this.leaving.set(name, [...(this.leaving.get(name) ?? []), timer])
    }
    for (const [id, name] of peers) {
      if (before.has(id)) continue
      const held = this.leaving.get(name)?.[0]
      if (held) {
        clearTimeout(held)
        this.dropLeave(name, held)
      } else {
        this.news.joined(name)
      }
    }
  }

  /**
   * Our own link dropped: y-websocket forgets every peer just before it says so, and those
   * leaves are ours, not theirs.
   */
  forgetLeaves(): void {
    for (const timers of this.leaving.values()) for (const timer of timers) clearTimeout(timer)
    this.leaving.clear()
  }

  destroy(): void {
    this.forgetLeaves()
  }

  private dropLeave(name: string, timer: ReturnType<typeof setTimeout>) {
    const rest = (this.leaving.get(name) ?? []).filter((t) => t !== timer)
    if (rest.length) this.leaving.set(name, rest)
    else this.leaving.delete(name)
  }
}
