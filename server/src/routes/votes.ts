import { Hono } from 'hono'
import { z } from 'zod'

import { castDotBodySchema, voteActionBodySchema, voteSessionSchema } from '@bordduk/shared'
import type { MyDots, VoteActionBody } from '@bordduk/shared'

import { sessionDigest } from '../rooms/sessionDigest.ts'
import type { RouteDeps } from '../AppDeps.ts'
import { apiProblem } from '../http/apiProblem.ts'
import { jsonBody } from '../http/jsonBody.ts'
import type { BoardRow } from '../storage/Store.ts'
import { castDot } from '../votes/castDot.ts'
import { applyVoteAction, currentVote, newVoteId } from '../votes/voteActions.ts'
import { VoteBook } from '../votes/VoteBook.ts'
import { voteProgress } from '../votes/voteProgress.ts'
import { authorizeBoard } from './authorizeBoard.ts'
import { authorizeWorkshop } from './authorizeWorkshop.ts'
import { parseJsonBody } from './parseJsonBody.ts'
import { parseQuery } from './parseQuery.ts'

const myDotsQuerySchema = z.object({ key: z.string().optional(), session: voteSessionSchema })

/**
 * Dot voting. The facilitator starts, ends and reveals a vote (`POST /api/workshops/:id/vote` for
 * all groups or one, `POST /api/boards/:id/vote` with a board's facilitator key); participants
 * put and take back dots (`POST /api/boards/:id/votes`) and read their own (`GET`). The ballots
 * stay on the server; the boards get the vote and, when allowed, the counts.
 */
export function votesRoute({ store, rooms }: RouteDeps) {
  const book = new VoteBook(store)

  /** One action on some boards, each inside its cast queue; answers how many boards it changed. */
  async function act(boards: BoardRow[], action: VoteActionBody): Promise<number> {
    const voteId = newVoteId()
    const now = Date.now()
    const done = await Promise.all(
      boards.map((board) =>
        book.serialize(board.id, () =>
          rooms.withRoom(board.id, (room) => applyVoteAction(room, book, action, voteId, now)),
        ),
      ),
    )
    const changed = done.filter(Boolean).length
    if (changed === 0) throw apiProblem(409, 'voteNotOpen', 'no vote to end or reveal')
    return changed
  }

  return new Hono()
    .post('/api/workshops/:id/vote', jsonBody(), async (c) => {
      const { workshop } = await authorizeWorkshop(c, store)
      const action = await parseJsonBody(c, voteActionBodySchema)
      const all = await store.workshopBoards(workshop.id)
      const boards = action.boardId === undefined ? all : all.filter((board) => board.id === action.boardId)
      if (boards.length === 0) throw apiProblem(404, 'unknownBoard', 'no such group in this workshop')
      return c.json({ action: action.action, boards: await act(boards, action) })
    })
    .get('/api/workshops/:id/vote', async (c) => {
      const { workshop } = await authorizeWorkshop(c, store)
      const boards = await store.workshopBoards(workshop.id)
      const groups = await Promise.all(
        boards.map((board) => rooms.withRoom(board.id, (room) => voteProgress(room, book))),
      )
      return c.json({ groups })
    })
    .post('/api/boards/:id/vote', jsonBody(), async (c) => {
      const { board, role } = await authorizeBoard(c, store)
      if (role !== 'facilitator') throw apiProblem(403, 'facilitatorOnly', 'only the facilitator runs a vote')
      const action = await parseJsonBody(c, voteActionBodySchema)
      if (action.boardId !== undefined && action.boardId !== board.id)
        throw apiProblem(404, 'unknownBoard', 'a board link runs the vote of its own board only')
      return c.json({ action: action.action, boards: await act([board], action) })
    })
    .post('/api/boards/:id/votes', jsonBody(), async (c) => {
      const { board, role } = await authorizeBoard(c, store)
      if (role === 'view') throw apiProblem(403, 'needsEditKey', 'viewers cannot vote')
      const body = await parseJsonBody(c, castDotBodySchema)
      const mine = await book.serialize(board.id, () =>
        rooms.withRoom(board.id, (room) => castDot(room, book, role, body, Date.now())),
      )
      return c.json(mine)
    })
    .get('/api/boards/:id/votes', async (c) => {
      const { board, role } = await authorizeBoard(c, store)
      if (role === 'view') throw apiProblem(403, 'needsEditKey', 'viewers cannot vote')
      const { session } = parseQuery(c, myDotsQuerySchema)
      const mine = await rooms.withRoom(board.id, async (room): Promise<MyDots> => {
        const vote = currentVote(room)
        if (!vote) return { voteId: null, myDots: [], dotsLeft: 0 }
        const dots = (await book.ballots(board.id, vote.id)).voters[sessionDigest(session)]?.dots ?? []
        return { voteId: vote.id, myDots: dots, dotsLeft: Math.max(0, vote.dotsPerPerson - dots.length) }
      })
      return c.json(mine)
    })
}
