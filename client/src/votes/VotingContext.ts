import { createContext, useContext } from 'react'

import type { Vote, VoteCounts } from '@bordduk/shared'

/** The board's vote as this tab sees it, and what it can do (see VotingProvider). */
export interface Voting {
  vote: Vote | null
  /** Dots per note, when everyone may see them (live, or revealed). */
  counts: VoteCounts | null
  /** Dots count now: the vote is open and its time has not run out. */
  open: boolean
  /** When an open vote with a time limit ends, in this browser's clock. */
  remainingMs: number | null
  /** This tab may put dots (a participant or facilitator on a board that is not frozen for it). */
  canVote: boolean
  /** This tab's dots, one entry per dot (a note may appear more than once). */
  myDots: readonly string[]
  dotsLeft: number
  /** Puts a dot on a note or takes one back; says the outcome through the announcer. */
  cast(noteId: string, op: 'add' | 'remove', noteLabel: string): Promise<void>
  panelOpen: boolean
  setPanelOpen(open: boolean): void
}

export const VotingContext = createContext<Voting | null>(null)

export function useVoting(): Voting | null {
  return useContext(VotingContext)
}
