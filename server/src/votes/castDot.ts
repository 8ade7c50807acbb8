import { Y_WORKSHOP_VOTE_COUNTS_KEY } from '@bordduk/shared'
import type { BoardRole, CastDotBody, MyDots } from '@bordduk/shared'

import { apiProblem } from '../http/apiProblem.ts'
import type { BoardRoom } from '../rooms/BoardRoom.ts'
import { countDots } from './Ballots.ts'
import { noteInScope } from './noteInScope.ts'
import { currentVote, isOpen } from './voteActions.ts'
import type { VoteBook } from './VoteBook.ts'

/**
 * Puts a dot on a note or takes one back, for the tab whose session is given. Everything is
 * checked before anything is stored: a refusal (409) leaves the ballots and every doc as they were.
 * Runs inside the board's cast queue.
 */
export async function castDot(
  room: BoardRoom,
  book: VoteBook,
  role: BoardRole,
  { session, noteId, op }: CastDotBody,
  now: number,
): Promise<MyDots> {
  const vote = currentVote(room)
  if (!vote || !isOpen(vote, now)) throw apiProblem(409, 'voteNotOpen', 'no vote is open on this board')
  if (room.frozen && role !== 'facilitator') throw apiProblem(409, 'voteNotOpen', 'the board is frozen')
  // The dot must come from a tab that is on the board now, as someone who may write.
  const writer = await room.findWriter(session)
  if (!writer) throw apiProblem(409, 'notVoting', 'this tab is not connected to the board as a participant')

  const records = room.readRecords()
  // A dot on a note someone deleted since is given back: nobody could take it back otherwise.
  const notes = new Set(records.filter((r) => r.typeName === 'shape' && r.type === 'note').map((r) => r.id))
  if (op === 'add') {
    const place = noteInScope(records, noteId, vote.scope)
    if (place === 'missing') throw apiProblem(409, 'noSuchNote', 'no such note on this board')
    if (place !== 'ok') throw apiProblem(409, 'noteOutOfScope', 'this note is not part of the vote')
  }
  let dots: string[] = []
  // Checked against the ballots as stored, inside one atomic change (other instances cast too).
  const next = await book.update(room.boardId, vote.id, (ballots) => {
    const mine = (ballots.voters[writer.id]?.dots ?? []).filter((id) => notes.has(id))
    if (op === 'add') {
      if (mine.length >= vote.dotsPerPerson) throw apiProblem(409, 'noDotsLeft', 'no dots left')
      dots = [...mine, noteId]
    } else {
      const at = mine.lastIndexOf(noteId)
      if (at < 0) throw apiProblem(409, 'noDotToRemove', 'you have no dot on this note')
      dots = mine.filter((_, index) => index !== at)
    }
    return { ...ballots, voters: { ...ballots.voters, [writer.id]: { name: writer.name, dots } } }
  })
  if (vote.visibility === 'live') {
    const counts = countDots(next)
    await room.change(({ workshop }) => workshop.set(Y_WORKSHOP_VOTE_COUNTS_KEY, counts))
  }
  return { voteId: vote.id, myDots: dots, dotsLeft: vote.dotsPerPerson - dots.length }
}
