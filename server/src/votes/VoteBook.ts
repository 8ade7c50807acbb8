import type { Store } from '../storage/Store.ts'
import { ballotsStateName, parseBallots } from './Ballots.ts'
import type { Ballots } from './Ballots.ts'

/**
 * The ballots of each board's current vote, kept in memory beside the stored copy (private
 * state), with one queue per board: a cast reads, checks and writes before the next one starts,
 * so two quick clicks can never both take the last dot.
 */
export class VoteBook {
  private readonly cache = new Map<string, Ballots>()
  private readonly queues = new Map<string, Promise<unknown>>()
  private readonly store: Store

  constructor(store: Store) {
    this.store = store
  }

  /** Runs `task` after every earlier task of the same board has finished. */
  serialize<T>(boardId: string, task: () => Promise<T>): Promise<T> {
    const previous = this.queues.get(boardId) ?? Promise.resolve()
    const next = previous.then(task, task)
    const settled = next.catch(() => {})
    this.queues.set(boardId, settled)
    void settled.then(() => {
      if (this.queues.get(boardId) === settled) this.queues.delete(boardId)
    })
    return next
  }

  /** The ballots of a board's vote, from memory or storage. */
  async ballots(boardId: string, voteId: string): Promise<Ballots> {
    const cached = this.cache.get(boardId)
    if (cached?.voteId === voteId) return cached
    const loaded = parseBallots(await this.store.getPrivateState(boardId, ballotsStateName(voteId)), voteId)
    this.cache.set(boardId, loaded)
    return loaded
  }

  /** Stores new ballots first, then takes them as the board's current ones (a failed write changes nothing). */
  async save(boardId: string, ballots: Ballots): Promise<void> {
    await this.store.setPrivateState(boardId, ballotsStateName(ballots.voteId), JSON.stringify(ballots))
    this.cache.set(boardId, ballots)
  }

  /** A new vote replaces the old one: its ballots go. */
  async discard(boardId: string, voteId: string): Promise<void> {
    await this.store.setPrivateState(boardId, ballotsStateName(voteId), null)
    if (this.cache.get(boardId)?.voteId === voteId) this.cache.delete(boardId)
  }
}
