import { randomUUID } from 'node:crypto'

import { Y_WORKSHOP_VOTE_COUNTS_KEY, Y_WORKSHOP_VOTE_KEY, voteSchema } from '@bordduk/shared'
import type { Vote, VoteActionBody } from '@bordduk/shared'

import type { BoardRoom } from '../rooms/BoardRoom.ts'
import { countDots } from './Ballots.ts'
import type { VoteBook } from './VoteBook.ts'

/** The board's vote as the workshop map holds it, or null. */
export function currentVote(room: BoardRoom): Vote | null {
  const parsed = voteSchema.safeParse(room.workshopValue(Y_WORKSHOP_VOTE_KEY))
  return parsed.success ? parsed.data : null
}

/** Whether dots count now: the vote is open and its time (if any) has not run out. */
export function isOpen(vote: Vote, now: number): boolean {
  return vote.phase === 'open' && (vote.endsAt === null || now < vote.endsAt)
}

/**
 * Starts, ends or reveals the vote on one board (inside the board's cast queue). A start
 * replaces any vote before it; a reveal writes the counts, which a hidden vote kept on the
 * server until then. Answers false when there is no vote to end or reveal.
 */
export async function applyVoteAction(
  room: BoardRoom,
  book: VoteBook,
  action: VoteActionBody,
  voteId: string,
  now: number,
): Promise<boolean> {
  const previous = currentVote(room)
  if (action.action === 'start') {
    if (previous) await book.discard(room.boardId, previous.id)
    const vote: Vote = {
      id: voteId,
      dotsPerPerson: action.dotsPerPerson,
      scope: action.scope,
      visibility: action.visibility,
      startedAt: now,
      endsAt: action.durationMs === undefined ? null : now + action.durationMs,
      phase: 'open',
    }
    await room.change(({ workshop }) => {
      workshop.set(Y_WORKSHOP_VOTE_KEY, vote)
      if (vote.visibility === 'live') workshop.set(Y_WORKSHOP_VOTE_COUNTS_KEY, {})
      else workshop.delete(Y_WORKSHOP_VOTE_COUNTS_KEY)
    })
    return true
  }
  if (!previous) return false
  if (action.action === 'end') {
    if (previous.phase !== 'open') return true
    await room.change(({ workshop }) => workshop.set(Y_WORKSHOP_VOTE_KEY, { ...previous, phase: 'closed' }))
    return true
  }
  const counts = countDots(await book.ballots(room.boardId, previous.id))
  await room.change(({ workshop }) => {
    workshop.set(Y_WORKSHOP_VOTE_KEY, { ...previous, phase: 'revealed' })
    workshop.set(Y_WORKSHOP_VOTE_COUNTS_KEY, counts)
  })
  return true
}

/** A fresh vote id, one per start (shared by every group started together). */
export function newVoteId(): string {
  return randomUUID()
}
