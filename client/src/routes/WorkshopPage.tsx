import { useCallback, useEffect, useRef, useState } from 'react'

import type { Workshop, WorkshopTimer } from '@bordduk/shared'

import { ApiError, freezeWorkshop, getWorkshop, rotateGroupKeys } from '../api/api.ts'
import { useI18n } from '../i18n/I18nProvider.tsx'
import type { MessageKey } from '../i18n/messages.ts'
import { AgendaPanel } from './AgendaPanel.tsx'
import { GroupCard } from './GroupCard.tsx'
import { AppHeader } from './AppHeader.tsx'
import { OwnedTemplates } from './OwnedTemplates.tsx'
import { SiteFooter } from './SiteFooter.tsx'
import { WorkshopControls } from './WorkshopControls.tsx'
import { WorkshopVote } from '../votes/WorkshopVote.tsx'
import './facilitator.css'

/** How often the overview refreshes head counts and thumbnails. */
const REFRESH_MS = 3_000

/** `/w/:id?key=`: the facilitator's overview of every group in a workshop. */
export default function WorkshopPage({ workshopId }: { workshopId: string }) {
  const { t } = useI18n()
  const key = new URLSearchParams(location.search).get('key') ?? ''
  const [workshop, setWorkshop] = useState<Workshop | null>(null)
  const [problem, setProblem] = useState<MessageKey | null>(null)
  const [tick, setTick] = useState(0)
  const [clockOffsetMs, setClockOffsetMs] = useState(0)
  const reload = useRef<() => void>(() => {})

  useEffect(() => {
    let cancelled = false
    const load = () =>
      getWorkshop(workshopId, key).then(
        (w) => {
          if (cancelled) return
          setWorkshop(w)
          setClockOffsetMs(w.serverNow - Date.now())
          setTick((n) => n + 1)
        },
        (error: unknown) => {
          if (cancelled) return
          if (error instanceof ApiError && error.status === 404) setProblem('workshopNotFound')
          else if (error instanceof ApiError && error.status === 403) setProblem('workshopForbidden')
        },
      )
    reload.current = () => void load()
    void load()
    const timer = setInterval(load, REFRESH_MS)
    return () => {
      cancelled = true
      clearInterval(timer)
    }
  }, [workshopId, key])

  useEffect(() => {
    if (workshop) document.title = `${t('dashboardTitle', { title: workshop.title })} – Bordduk`
  }, [workshop, t])

  const onRotate = useCallback(
    async (boardId: string) => setWorkshop(await rotateGroupKeys(workshopId, key, boardId)),
    [workshopId, key],
  )
  // Shown at once; the next refresh reads it back from the boards.
  const onFreeze = useCallback(
    async (frozen: boolean, boardId?: string) => {
      await freezeWorkshop(workshopId, key, boardId === undefined ? { frozen } : { frozen, boardId })
      setWorkshop(
        (w) =>
          w && {
            ...w,
            groups: w.groups.map((g) =>
              boardId === undefined || g.boardId === boardId ? { ...g, frozen } : g,
            ),
          },
      )
    },
    [workshopId, key],
  )
  const onTimer = useCallback((timer: WorkshopTimer | null) => setWorkshop((w) => w && { ...w, timer }), [])

  if (problem) {
    return (
      <main className="center-page">
        <h1>{t('appName')}</h1>
        <p role="alert">{t(problem)}</p>
        <a href="/">{t('backToStart')}</a>
      </main>
    )
  }
  return (
    <div className="start-page">
      <AppHeader />
      <main className="start-page__main workshop-page">
        {!workshop ? (
          <p role="status">{t('loadingBoard')}</p>
        ) : (
          <>
            <p className="workshop-page__eyebrow">{t('dashboardEyebrow')}</p>
            <h1>{workshop.title}</h1>
            <p className="workshop-page__meta">{t('dashboardGroupCount', { n: workshop.groups.length })}</p>
            <p className="workshop-page__present">
              <a href={`/w/${encodeURIComponent(workshopId)}/present?key=${encodeURIComponent(key)}`}>
                {t('presentLink')}
              </a>{' '}
              {t('presentLinkHint')}
            </p>
            <section className="workshop-steps" aria-labelledby="workshop-steps-heading">
              <h2 id="workshop-steps-heading">{t('dashboardStepsHeading')}</h2>
              <ol>
                <li>{t('dashboardStep1')}</li>
                <li>{t('dashboardStep2')}</li>
                <li>{t('dashboardStep3')}</li>
              </ol>
              <p className="workshop-steps__key">
                {t('dashboardKeepLink')} {t('dashboardRemembered')}
              </p>
            </section>
            <WorkshopControls
              workshop={workshop}
              facilitatorKey={key}
              clockOffsetMs={clockOffsetMs}
              onTimer={onTimer}
              onChanged={() => reload.current()}
              onFreeze={(frozen) => onFreeze(frozen)}
            />
            <AgendaPanel
              workshop={workshop}
              facilitatorKey={key}
              clockOffsetMs={clockOffsetMs}
              onTimer={onTimer}
            />
            <WorkshopVote workshop={workshop} facilitatorKey={key} />
            <ul className="group-grid">
              {workshop.groups.map((group) => (
                <GroupCard
                  key={group.boardId}
                  group={group}
                  refresh={tick}
                  onRotate={() => onRotate(group.boardId)}
                  onFreeze={(frozen) => onFreeze(frozen, group.boardId)}
                />
              ))}
            </ul>
            <OwnedTemplates facilitatorKey={key} />
          </>
        )}
      </main>
      <SiteFooter />
    </div>
  )
}
