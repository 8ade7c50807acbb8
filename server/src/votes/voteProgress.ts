import type { VoteProgress } from '@bordduk/shared'

import type { BoardRoom } from '../rooms/BoardRoom.ts'
import { currentVote, isOpen } from './voteActions.ts'
import type { VoteBook } from './VoteBook.ts'

/**
 * Who is voting on a board: everyone connected who may write, and everyone who has put a dot,
 * each with how many dots they used. Names only: which note got whose dot stays on the server.
 */
export async function voteProgress(room: BoardRoom, book: VoteBook): Promise<VoteProgress> {
  const vote = currentVote(room)
  if (!vote) return { boardId: room.boardId, vote: null, people: [] }
  const ballots = await book.ballots(room.boardId, vote.id)
  const people = new Map<string, { name: string; used: number }>()
  for (const [id, voter] of Object.entries(ballots.voters))
    if (voter.dots.length > 0) people.set(id, { name: voter.name, used: voter.dots.length })
  for (const { id, name } of room.presentWriters()) {
    const known = people.get(id)
    if (known) known.name = name || known.name
    else people.set(id, { name, used: 0 })
  }
  // A vote whose time ran out takes no more dots: the dashboard shows it as ended.
  const shown =
    vote.phase === 'open' && !isOpen(vote, Date.now()) ? { ...vote, phase: 'closed' as const } : vote
  return { boardId: room.boardId, vote: shown, people: [...people.values()] }
}
