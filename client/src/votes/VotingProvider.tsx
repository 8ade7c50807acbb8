import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { ReactNode } from 'react'

import type { BoardRole } from '@bordduk/shared'

import { announce } from '../a11y/announcer.ts'
import { errorText } from '../api/errorText.ts'
import { useWorkshopMap } from '../board/useWorkshopMap.ts'
import { useI18n } from '../i18n/I18nProvider.tsx'
import type { BoardConnection } from '../sync/BoardConnection.ts'
import { getMyDots, castDot } from './voteApi.ts'
import { VotingContext } from './VotingContext.ts'
import type { Voting } from './VotingContext.ts'

/** Ticks once a second while `active`. */
function useNow(active: boolean): number {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    if (!active) return
    // At once too: the value from before the vote started would show a countdown seconds off.
    const first = setTimeout(() => setNow(Date.now()), 0)
    const timer = setInterval(() => setNow(Date.now()), 1000)
    return () => {
      clearTimeout(first)
      clearInterval(timer)
    }
  }, [active])
  return now
}

/**
 * Holds the board's vote for everything on the board that shows or casts dots: the vote and
 * counts come from the workshop map (server-written), this tab's own dots from the server.
 */
export function VotingProvider(props: {
  connection: BoardConnection
  role: BoardRole
  boardId: string
  boardKey: string
  children: ReactNode
}) {
  const { connection, role, boardId, boardKey, children } = props
  const { t } = useI18n()
  const { vote, voteCounts, frozen } = useWorkshopMap(connection.doc)
  const [mine, setMine] = useState<{ voteId: string | null; dots: string[] }>({ voteId: null, dots: [] })
  const [panelOpen, setPanelOpen] = useState(false)
  const timed = vote?.phase === 'open' && vote.endsAt !== null
  const now = useNow(timed)
  const canVote = role === 'facilitator' || (role === 'edit' && !frozen)

  // A new vote (or a reload during one): ask the server which dots are this tab's.
  const voteId = vote?.id ?? null
  useEffect(() => {
    if (!voteId || role === 'view') return
    let cancelled = false
    getMyDots(boardId, boardKey, connection.session).then(
      (answer) => !cancelled && setMine({ voteId: answer.voteId, dots: answer.myDots }),
      () => {},
    )
    return () => {
      cancelled = true
    }
  }, [voteId, role, boardId, boardKey, connection])

  // A vote starting, ending or revealed while the board is open is news (not what was there on load).
  const phaseKey = vote ? `${vote.id}:${vote.phase}` : null
  const seenPhase = useRef(phaseKey)
  useEffect(() => {
    if (phaseKey === seenPhase.current) return
    seenPhase.current = phaseKey
    if (!vote) return
    announce(
      t(vote.phase === 'open' ? 'voteStarted' : vote.phase === 'closed' ? 'voteEnded' : 'voteRevealed'),
    )
  }, [phaseKey, vote, t])

  const myDots = useMemo(() => (mine.voteId === voteId ? mine.dots : []), [mine, voteId])
  const open = vote !== null && vote.phase === 'open' && (vote.endsAt === null || now < vote.endsAt)
  const dotsLeft = vote ? Math.max(0, vote.dotsPerPerson - myDots.length) : 0

  const cast = useCallback(
    async (noteId: string, op: 'add' | 'remove', noteLabel: string) => {
      try {
        const answer = await castDot(boardId, boardKey, { session: connection.session, noteId, op })
        setMine({ voteId: answer.voteId, dots: answer.myDots })
        const values = { note: noteLabel, left: answer.dotsLeft }
        announce(t(op === 'add' ? 'voteDotGiven' : 'voteDotTaken', values))
      } catch (error) {
        announce(errorText(error, t))
      }
    },
    [boardId, boardKey, connection, t],
  )

  const voting: Voting = {
    vote,
    counts: voteCounts,
    open,
    remainingMs: open && vote?.endsAt ? vote.endsAt - now : null,
    canVote,
    myDots,
    dotsLeft,
    cast,
    panelOpen,
    setPanelOpen,
  }
  return <VotingContext.Provider value={voting}>{children}</VotingContext.Provider>
}
