import { useEditor, useValue } from 'tldraw'

import { useI18n } from '../i18n/I18nProvider.tsx'
import { canvasControlEvents } from '../shapes/canvasControlEvents.ts'
import { noteLabel } from './noteLabel.ts'
import { votableNotes } from './votableNotes.ts'
import { useVoting } from './VotingContext.ts'

/** Dots drawn one by one up to this many; more show as a number. */
const MAX_DRAWN_DOTS = 5
/**
 * Below this width on screen a note is too small to read, and its controls would cover its
 * neighbours: it shows only its count (zoom in, or use the vote panel, to vote on it).
 */
const MIN_NOTE_SCREEN_PX = 24

/**
 * On each note in the vote, at its lower right corner: this tab's dots (click one to take it
 * back) and "+" to put one, while the vote is open; the count, when everyone may see it. Notes
 * outside the vote get nothing. The vote panel offers the same by keyboard, note by note.
 */
export function VoteOverlay() {
  const editor = useEditor()
  const voting = useVoting()
  const { t } = useI18n()
  const vote = voting?.vote ?? null
  const placed = useValue(
    'vote controls',
    () => {
      if (!vote) return []
      const viewport = editor.getViewportPageBounds()
      return votableNotes(editor, vote.scope).flatMap((note) => {
        const bounds = editor.getShapePageBounds(note)
        if (!bounds || !viewport.includes(bounds)) return []
        const at = editor.pageToViewport({ x: bounds.maxX, y: bounds.maxY })
        const small = bounds.w * editor.getZoomLevel() < MIN_NOTE_SCREEN_PX
        return [{ id: note.id as string, label: noteLabel(note), x: at.x, y: at.y, small }]
      })
    },
    [editor, vote],
  )
  if (!voting || !vote) return null
  const { counts, open, canVote, myDots, dotsLeft, cast } = voting
  const casting = open && canVote
  if (!casting && !counts) return null
  return (
    <>
      {placed.map((note) => {
        const mine = myDots.filter((id) => id === note.id).length
        const count = counts?.[note.id] ?? 0
        const label = note.label || t('voteEmptyNote')
        const controls = casting && !note.small
        if (!controls && !counts) return null
        return (
          <div
            key={note.id}
            className="vote-on-note"
            data-testid="vote-on-note"
            data-note-id={note.id}
            style={{ left: note.x, top: note.y }}
          >
            {counts && (
              <span
                className={`vote-badge${count === 0 ? ' vote-badge--zero' : ''}`}
                data-testid="vote-badge"
                title={count === 1 ? t('voteCountOne') : t('voteCount', { n: count })}
              >
                {count}
              </span>
            )}
            {controls && mine > 0 && (
              <button
                type="button"
                className="vote-mine"
                data-testid="vote-take-back"
                {...canvasControlEvents}
                aria-label={t('voteTakeBackOn', { note: label })}
                title={t('voteTakeBack')}
                onClick={() => void cast(note.id, 'remove', label)}
              >
                {mine <= MAX_DRAWN_DOTS ? (
                  Array.from({ length: mine }, (_, i) => (
                    <span key={i} className="vote-dot" aria-hidden="true" />
                  ))
                ) : (
                  <>
                    <span className="vote-dot" aria-hidden="true" />×{mine}
                  </>
                )}
              </button>
            )}
            {controls && (
              <button
                type="button"
                className="vote-add"
                data-testid="vote-add"
                {...canvasControlEvents}
                disabled={dotsLeft === 0}
                aria-label={t('voteGiveDotOn', { note: label })}
                title={t('voteGiveDot')}
                onClick={() => void cast(note.id, 'add', label)}
              >
                +
              </button>
            )}
          </div>
        )
      })}
    </>
  )
}
