import { useEffect, useRef, useState } from 'react'
import { useEditor } from 'tldraw'

import { announce } from '../a11y/announcer.ts'
import { useBoard } from '../board/BoardContext.ts'
import { formatDuration } from '../board/formatDuration.ts'
import { useWorkshopMap } from '../board/useWorkshopMap.ts'
import { useI18n } from '../i18n/I18nProvider.tsx'
import { revealBoardSilentWriting } from '../api/silentWritingApi.ts'
import { useOthersSilentCards } from './useOthersSilentCards.ts'

/** Re-renders once a second while there is an end time to count down to. */
function useNow(active: boolean): number {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    if (!active) return
    const timer = setInterval(() => setNow(Date.now()), 1000)
    return () => clearInterval(timer)
  }, [active])
  return now
}

/**
 * "Skriv hver for seg – 5 lapper fra andre venter · 03:12" in the workshop banner while silent
 * writing is on; the start and the reveal are announced. On a board's facilitator link it
 * carries "reveal all notes".
 */
export function SilentWritingStatus() {
  const { t } = useI18n()
  const editor = useEditor()
  const board = useBoard()
  const { silent } = useWorkshopMap(board.connection.doc)
  const others = useOthersSilentCards(editor, silent).length
  const now = useNow(silent?.endsAt != null)
  const on = silent !== null
  const was = useRef(on)
  useEffect(() => {
    if (on === was.current) return
    was.current = on
    announce(on ? t('silentStartedNews') : t('silentRevealedNews'))
  }, [on, t])
  if (!silent) return null
  const waiting = others === 1 ? t('silentWaitingOne') : t('silentWaitingMany', { n: others })
  const left = silent.endsAt === null ? null : formatDuration(silent.endsAt - now)
  return (
    <span className="silent-status" data-testid="silent-status">
      <strong>{t('silentWriting')}</strong>
      <span>
        {' – '}
        <span data-testid="silent-count">{waiting}</span>
        {left !== null && (
          <>
            {' · '}
            <span className="visually-hidden">{t('silentTimeLeft', { time: left })}</span>
            <span aria-hidden="true">{left}</span>
          </>
        )}
      </span>
      {board.role === 'edit' && <span className="visually-hidden"> {t('silentOwnHidden')}</span>}
      {board.role === 'facilitator' && (
        <button
          type="button"
          className="workshop-banner__button"
          onClick={() =>
            void revealBoardSilentWriting(board.boardId, board.boardKey).catch(() =>
              announce(t('silentFailed')),
            )
          }
        >
          {t('silentRevealNow')}
        </button>
      )}
    </span>
  )
}
