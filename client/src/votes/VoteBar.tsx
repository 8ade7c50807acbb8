import { PORTRAIT_BREAKPOINT, useBreakpoint, useEditor, useValue } from 'tldraw'

import { SECTION_SHAPE, takesNotes } from '@bordduk/shared/shapes'

import { announce } from '../a11y/announcer.ts'
import { errorText } from '../api/errorText.ts'
import { useBoard } from '../board/BoardContext.ts'
import { formatDuration } from '../board/formatDuration.ts'
import { useI18n } from '../i18n/I18nProvider.tsx'
import type { SectionShape } from '../shapes/templateShapeTypes.ts'
import { StartVoteDialog } from './StartVoteDialog.tsx'
import { boardVoteAction } from './voteApi.ts'
import { VOTE_PANEL_ID } from './VotePanel.tsx'
import { useVoting } from './VotingContext.ts'
import './votes.css'

const TOGGLE_ATTRIBUTE = 'data-vote-toggle'

/**
 * A compact bar over the canvas while there is a vote: "2 av 3 prikker igjen", the time left,
 * and "Stem" (the panel). On a facilitator's board link also start, end and reveal.
 */
export function VoteBar() {
  const voting = useVoting()
  const board = useBoard()
  const editor = useEditor()
  const { t } = useI18n()
  const facilitator = board.role === 'facilitator'
  // Phones: the bar goes to the top, below the group's name. Below desktop width tldraw's
  // toolbar may take two rows (a canvas beside a panel): the bar keeps clear of both.
  const breakpoint = useBreakpoint()
  const place =
    breakpoint < PORTRAIT_BREAKPOINT.TABLET_SM
      ? ' vote-bar--top'
      : breakpoint < PORTRAIT_BREAKPOINT.DESKTOP
        ? ' vote-bar--raised'
        : ''
  const sections = useValue(
    'vote sections',
    () =>
      facilitator
        ? editor
            .getCurrentPageShapesInReadingOrder()
            .filter(
              (s): s is SectionShape =>
                s.type === SECTION_SHAPE && takesNotes((s as SectionShape).props.kind),
            )
            .map((s) => ({
              id: s.props.sectionId,
              title: `${s.props.number ? `${s.props.number}. ` : ''}${s.props.title}`,
            }))
        : [],
    [editor, facilitator],
  )
  if (!voting) return null
  const { vote, open, canVote, dotsLeft, remainingMs, panelOpen, setPanelOpen } = voting
  if (!vote && !facilitator) return null

  const act = (action: 'end' | 'reveal') =>
    boardVoteAction(board.boardId, board.boardKey, { action }).then(
      () => announce(t(action === 'end' ? 'voteEnded' : 'voteRevealed')),
      (error: unknown) => announce(errorText(error, t)),
    )
  const status = !vote
    ? null
    : open
      ? canVote
        ? t('voteDotsLeft', { left: dotsLeft, dots: vote.dotsPerPerson })
        : t('votePhaseOpen')
      : vote.phase === 'revealed'
        ? t('voteRevealedBar')
        : t('voteClosedBar')
  return (
    <div
      className={`vote-bar${place}`}
      data-testid="vote-bar"
      role="group"
      aria-label={t('voteHeading')}
      onKeyDown={(e) => e.stopPropagation()}
    >
      {status && (
        <span className="vote-bar__status" data-testid="vote-bar-status">
          {status}
        </span>
      )}
      {remainingMs !== null && (
        <span className="vote-bar__time">{t('voteTimeLeft', { time: formatDuration(remainingMs) })}</span>
      )}
      {vote && (
        <button
          type="button"
          aria-expanded={panelOpen}
          aria-controls={panelOpen ? VOTE_PANEL_ID : undefined}
          {...{ [TOGGLE_ATTRIBUTE]: '' }}
          onClick={() => setPanelOpen(!panelOpen)}
        >
          {t('voteOpenPanel')}
        </button>
      )}
      {facilitator && (
        <>
          <StartVoteDialog
            choices={{ sections }}
            onStart={async (body) => {
              await boardVoteAction(board.boardId, board.boardKey, body)
              announce(t('voteStarted'))
            }}
          />
          {vote?.phase === 'open' && (
            <button type="button" onClick={() => void act('end')}>
              {t('voteEnd')}
            </button>
          )}
          {vote && vote.phase !== 'revealed' && (
            <button type="button" onClick={() => void act('reveal')}>
              {t('voteReveal')}
            </button>
          )}
        </>
      )}
    </div>
  )
}

/** Gives focus back to "Stem" when the panel closes. */
export function focusVoteToggle(): void {
  document.querySelector<HTMLElement>(`[${TOGGLE_ATTRIBUTE}]`)?.focus()
}
