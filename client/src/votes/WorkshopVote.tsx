import { useCallback, useEffect, useState } from 'react'

import type { Workshop, WorkshopVoteProgress } from '@bordduk/shared'

import { announce } from '../a11y/announcer.ts'
import { listTemplates } from '../api/api.ts'
import { errorText } from '../api/errorText.ts'
import { useI18n } from '../i18n/I18nProvider.tsx'
import { StartVoteDialog } from './StartVoteDialog.tsx'
import type { VoteChoices } from './StartVoteDialog.tsx'
import { getWorkshopVoteProgress, workshopVoteAction } from './voteApi.ts'
import './votes.css'

/** How often the dashboard asks who has voted. */
const PROGRESS_REFRESH_MS = 3_000

/**
 * The dashboard's "Prikkstemming": start a vote for all groups or one, see each group's
 * progress (who has voted, with how many dots; never on which notes), end and reveal.
 */
export function WorkshopVote({ workshop, facilitatorKey }: { workshop: Workshop; facilitatorKey: string }) {
  const { t } = useI18n()
  const [progress, setProgress] = useState<WorkshopVoteProgress | null>(null)
  const [sections, setSections] = useState<VoteChoices['sections']>([])

  const load = useCallback(
    () => getWorkshopVoteProgress(workshop.id, facilitatorKey).then(setProgress, () => {}),
    [workshop.id, facilitatorKey],
  )
  useEffect(() => {
    void load()
    const timer = setInterval(() => void load(), PROGRESS_REFRESH_MS)
    return () => clearInterval(timer)
  }, [load])
  useEffect(() => {
    let cancelled = false
    listTemplates(workshop.locale).then(
      (templates) => {
        const template = templates.find((tp) => tp.id === workshop.templateId)
        if (!cancelled && template)
          setSections(
            template.sheets.flatMap((sheet) => sheet.sections.map((s) => ({ id: s.id, title: s.title }))),
          )
      },
      () => {},
    )
    return () => {
      cancelled = true
    }
  }, [workshop.locale, workshop.templateId])

  const act = (action: 'end' | 'reveal', boardId?: string) =>
    workshopVoteAction(workshop.id, facilitatorKey, boardId ? { action, boardId } : { action }).then(
      () => {
        announce(t(action === 'end' ? 'voteEnded' : 'voteRevealed'))
        void load()
      },
      (error: unknown) => announce(errorText(error, t)),
    )
  const groups = workshop.groups.map((group) => ({
    group,
    progress: progress?.groups.find((p) => p.boardId === group.boardId) ?? null,
  }))
  const anyOpen = groups.some((g) => g.progress?.vote?.phase === 'open')
  const anyUnrevealed = groups.some((g) => g.progress?.vote && g.progress.vote.phase !== 'revealed')
  const phaseText = {
    open: t('votePhaseOpen'),
    closed: t('votePhaseClosed'),
    revealed: t('votePhaseRevealed'),
  }

  return (
    <section className="workshop-vote" aria-labelledby="workshop-vote-heading" data-testid="workshop-vote">
      <h2 id="workshop-vote-heading">{t('voteHeading')}</h2>
      <div className="workshop-vote__actions">
        <StartVoteDialog
          choices={{ sections, groups: workshop.groups.map((g) => ({ boardId: g.boardId, name: g.name })) }}
          onStart={async (body) => {
            await workshopVoteAction(workshop.id, facilitatorKey, body)
            announce(t('voteStarted'))
            void load()
          }}
        />
        {anyOpen && (
          <button type="button" onClick={() => void act('end')}>
            {t('voteEnd')}
          </button>
        )}
        {anyUnrevealed && (
          <button type="button" onClick={() => void act('reveal')}>
            {t('voteReveal')}
          </button>
        )}
      </div>
      <ul className="workshop-vote__groups">
        {groups.map(({ group, progress: p }) => {
          const vote = p?.vote ?? null
          const voted = p?.people.filter((person) => person.used > 0).length ?? 0
          return (
            <li key={group.boardId} className="workshop-vote__group" data-testid="vote-progress">
              <h3>{group.name}</h3>
              {!vote ? (
                <p>{t('voteNoVote')}</p>
              ) : (
                <>
                  <p>
                    <strong>{phaseText[vote.phase]}</strong>
                    {' · '}
                    <span data-testid="vote-progress-count">
                      {t('voteProgress', { voted, people: p!.people.length })}
                    </span>
                  </p>
                  {p!.people.length > 0 && (
                    <ul data-testid="vote-progress-people">
                      {p!.people.map((person, i) => (
                        <li key={i}>
                          {t('votePersonDots', {
                            name: person.name || t('voteNameless'),
                            used: person.used,
                            dots: vote.dotsPerPerson,
                          })}
                        </li>
                      ))}
                    </ul>
                  )}
                  <p className="workshop-vote__actions">
                    {vote.phase === 'open' && (
                      <button type="button" onClick={() => void act('end', group.boardId)}>
                        {t('voteEndGroup', { name: group.name })}
                      </button>
                    )}
                    {vote.phase !== 'revealed' && (
                      <button type="button" onClick={() => void act('reveal', group.boardId)}>
                        {t('voteRevealGroup', { name: group.name })}
                      </button>
                    )}
                  </p>
                </>
              )}
            </li>
          )
        })}
      </ul>
    </section>
  )
}
