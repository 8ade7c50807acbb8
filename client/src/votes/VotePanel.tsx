import { useEffect, useRef } from 'react'
import { useValue } from 'tldraw'
import type { Editor, TLNoteShape, TLShapeId } from 'tldraw'

import type { VoteCounts } from '@bordduk/shared'

import { announce } from '../a11y/announcer.ts'
import { useI18n } from '../i18n/I18nProvider.tsx'
import { buildOutline } from '../outline/buildOutline.ts'
import { noteLabel } from './noteLabel.ts'
import { sortSectionByVotes } from './sortSectionByVotes.ts'
import { votableNotes } from './votableNotes.ts'
import { useVoting } from './VotingContext.ts'

export const VOTE_PANEL_ID = 'vote-panel'

interface PanelSection {
  id: TLShapeId | null
  title: string
  takesNotes: boolean
  notes: { id: string; label: string }[]
}

/** The vote's notes section by section (printed order), as the outline groups them. */
function sectionsInVote(editor: Editor, votable: ReadonlySet<string>): PanelSection[] {
  const outline = buildOutline(editor.getCurrentPageShapes())
  const label = (id: TLShapeId) => noteLabel(editor.getShape<TLNoteShape>(id)!)
  const sections: PanelSection[] = outline.sheets.flatMap((sheet) =>
    sheet.sections.map((s) => ({
      id: s.id,
      title: `${s.number ? `${s.number}. ` : ''}${s.title}`,
      takesNotes: s.takesNotes,
      notes: s.notes.filter((n) => votable.has(n.id)).map((n) => ({ id: n.id, label: label(n.id) })),
    })),
  )
  const outside = outline.unplaced.filter((n) => votable.has(n.id))
  if (outside.length > 0)
    sections.push({
      id: null,
      title: '',
      takesNotes: false,
      notes: outside.map((n) => ({ id: n.id, label: label(n.id) })),
    })
  return sections.filter((s) => s.notes.length > 0)
}

/** Most dots first; ties keep the section's reading order. */
function ranked<N extends { id: string }>(notes: N[], counts: VoteCounts): N[] {
  return [...notes].sort((a, b) => (counts[b.id] ?? 0) - (counts[a.id] ?? 0))
}

/**
 * "Stem": the vote without a mouse. Every note in the vote, section by section, with "Gi prikk"
 * and "Ta tilbake"; once counts are shown, each section ranked by votes with "Sorter etter
 * stemmer". Beside the canvas like the outline (over it on phones).
 */
export function VotePanel({ editor, onClose }: { editor: Editor; onClose(): void }) {
  const voting = useVoting()
  const { t } = useI18n()
  const close = useRef<HTMLButtonElement>(null)
  useEffect(() => close.current?.focus(), [])
  const vote = voting?.vote ?? null
  const sections = useValue(
    'vote panel',
    () => (vote ? sectionsInVote(editor, new Set(votableNotes(editor, vote.scope).map((n) => n.id))) : []),
    [editor, vote],
  )
  const readOnly = useValue('read-only', () => editor.getIsReadonly(), [editor])
  if (!voting || !vote) return null
  const { counts, open, canVote, myDots, dotsLeft, cast } = voting
  const casting = open && canVote
  const countText = (n: number) => (n === 1 ? t('voteCountOne') : t('voteCount', { n }))
  return (
    <aside
      id={VOTE_PANEL_ID}
      className="outline-panel vote-panel"
      aria-labelledby={`${VOTE_PANEL_ID}-heading`}
      onKeyDown={(event) => event.stopPropagation()}
    >
      <div className="outline-panel__bar">
        <button ref={close} type="button" onClick={onClose}>
          {t('voteClosePanel')}
        </button>
      </div>
      <h2 id={`${VOTE_PANEL_ID}-heading`}>{t('votePanelName')}</h2>
      {casting && (
        <p className="vote-panel__left" data-testid="vote-panel-left">
          {t('voteDotsLeft', { left: dotsLeft, dots: vote.dotsPerPerson })}
        </p>
      )}
      {!counts && <p>{t('voteHiddenCounts')}</p>}
      {sections.length === 0 && <p>{t('voteNoNotes')}</p>}
      {sections.map((section) => {
        const title = section.title || t('voteOutside')
        const notes = counts ? ranked(section.notes, counts) : section.notes
        return (
          <section
            key={section.id ?? 'outside'}
            className="vote-panel__section"
            data-testid="vote-panel-section"
          >
            <h3>{title}</h3>
            {counts && <p className="vote-panel__ranked">{t('voteRanked')}</p>}
            <ol className="vote-panel__notes">
              {notes.map((note) => {
                const label = note.label || t('voteEmptyNote')
                const mine = myDots.filter((id) => id === note.id).length
                return (
                  <li key={note.id} data-testid="vote-panel-note">
                    <span className="vote-panel__text">{label}</span>
                    {counts && (
                      <span className="vote-panel__count" data-testid="vote-panel-count">
                        {countText(counts[note.id] ?? 0)}
                      </span>
                    )}
                    {casting && mine > 0 && (
                      <span className="vote-panel__mine">{t('voteMyDotsOn', { n: mine })}</span>
                    )}
                    {casting && (
                      <span className="vote-panel__buttons">
                        <button
                          type="button"
                          disabled={dotsLeft === 0}
                          aria-label={t('voteGiveDotOn', { note: label })}
                          onClick={() => void cast(note.id, 'add', label)}
                        >
                          {t('voteGiveDot')}
                        </button>
                        {mine > 0 && (
                          <button
                            type="button"
                            aria-label={t('voteTakeBackOn', { note: label })}
                            onClick={() => void cast(note.id, 'remove', label)}
                          >
                            {t('voteTakeBack')}
                          </button>
                        )}
                      </span>
                    )}
                  </li>
                )
              })}
            </ol>
            {counts && section.id && section.takesNotes && !readOnly && (
              <button
                type="button"
                aria-label={t('voteSortSectionLabel', { section: title })}
                onClick={() => {
                  if (sortSectionByVotes(editor, section.id!, counts) > 0)
                    announce(t('voteSorted', { section: title }))
                }}
              >
                {t('voteSortSection')}
              </button>
            )}
          </section>
        )
      })}
    </aside>
  )
}
