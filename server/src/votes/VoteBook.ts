import type { Store } from '../storage/Store.ts'
import { ballotsStateName, parseBallots } from './Ballots.ts'
import type { Ballots } from './Ballots.ts'

/**
 * The ballots of each board's votes, in private state. Every change is one atomic
 * read-change-write in the store, so two casts, even through two instances, never both take the
 * last dot; casts of one board also queue here, so this instance does not contend with itself.
 */
export class VoteBook {
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

  /** The ballots of a board's vote, as stored now. */
  async ballots(boardId: string, voteId: string): Promise<Ballots> {
    return parseBallots(await this.store.getPrivateState(boardId, ballotsStateName(voteId)), voteId)
  }

  /**
   * Changes a vote's ballots atomically: `change` sees the stored ones and answers the new ones;
   * if it throws (a refusal), nothing is written. Answers what was stored.
   */
  async update(boardId: string, voteId: string, change: (ballots: Ballots) => Ballots): Promise<Ballots> {
    let stored!: Ballots
    await this.store.updatePrivateState(boardId, ballotsStateName(voteId), (json) => {
      stored = change(parseBallots(json, voteId))
      return JSON.stringify(stored)
    })
    return stored
  }

  /** A new vote replaces the old one: its ballots go. */
  async discard(boardId: string, voteId: string): Promise<void> {
    await this.store.setPrivateState(boardId, ballotsStateName(voteId), null)
  }
}
