import { createContext, useContext } from 'react'

import type { BoardRole, Locale } from '@bordduk/shared'

import type { BoardConnection } from '../sync/BoardConnection.ts'

/** What the board's chrome (our panels inside tldraw's UI) needs to know about the board. */
export interface BoardContextValue {
  connection: BoardConnection
  role: BoardRole
  boardId: string
  boardKey: string
  /** The board's title; on a workshop's group board it names the group. */
  title: string
  /** The printed layer's language when the board was opened (the live one is in the Y.Doc). */
  boardLocale: Locale
  /** The languages the printed layer can be switched to: those its template has texts in. */
  boardLocales: readonly Locale[]
  inWorkshop: boolean
  /** The outline panel beside the canvas is open. */
  outlineOpen: boolean
  setOutlineOpen(open: boolean): void
}

export const BoardContext = createContext<BoardContextValue | null>(null)

export function useBoard(): BoardContextValue {
  const board = useContext(BoardContext)
  if (!board) throw new Error('board chrome outside a board')
  return board
}

/** In a workshop the printed layer's language is the facilitator's; elsewhere any editor's. */
export function canSwitchBoardLanguage(board: Pick<BoardContextValue, 'role' | 'inWorkshop'>): boolean {
  return board.role === 'facilitator' || (board.role === 'edit' && !board.inWorkshop)
}
