import { useEffect, useId, useState } from 'react'

import type { AgendaStep, AgendaStepAction, Workshop, WorkshopAgenda, WorkshopTimer } from '@bordduk/shared'

import { announce } from '../a11y/announcer.ts'
import { getAgenda, saveAgenda, stepAgenda } from '../api/agendaApi.ts'
import { errorText } from '../api/errorText.ts'
import { useI18n } from '../i18n/I18nProvider.tsx'
import { AgendaEditor } from './AgendaEditor.tsx'
import { WorkshopCountdown } from './WorkshopCountdown.tsx'
import './agenda.css'

interface AgendaPanelProps {
  workshop: Workshop
  facilitatorKey: string
  clockOffsetMs: number
  /** The timer a step started, shown at once by the dashboard's other countdown too. */
  onTimer(timer: WorkshopTimer | null): void
}

/**
 * The dashboard's agenda: the steps with the one the groups are on marked and its time left,
 * "start", "next step" and "previous step" (and "go here" on any step), and the editor.
 */
export function AgendaPanel({ workshop, facilitatorKey, clockOffsetMs, onTimer }: AgendaPanelProps) {
  const { t } = useI18n()
  const headingId = useId()
  const [agenda, setAgenda] = useState<WorkshopAgenda | null>(null)
  const [failed, setFailed] = useState(false)
  const [editing, setEditing] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    let cancelled = false
    getAgenda(workshop.id, facilitatorKey).then(
      (answer) => !cancelled && setAgenda(answer),
      () => !cancelled && setFailed(true),
    )
    return () => {
      cancelled = true
    }
  }, [workshop.id, facilitatorKey])

  const move = async (action: AgendaStepAction) => {
    if (busy) return
    setBusy(true)
    try {
      const answer = await stepAgenda(workshop.id, facilitatorKey, action)
      setAgenda(answer)
      setProblem(null)
      onTimer(answer.timer)
      const step = answer.current === null ? undefined : answer.steps[answer.current]
      if (step) announce(t('agendaMoved', { n: answer.current! + 1, title: step.title }))
    } catch (error) {
      const text = t('agendaStepFailed', { reason: errorText(error, t) })
      setProblem(text)
      announce(text)
    } finally {
      setBusy(false)
    }
  }
  const save = async (steps: AgendaStep[]) => {
    const answer = await saveAgenda(workshop.id, facilitatorKey, steps)
    setAgenda(answer)
    setEditing(false)
    announce(t('agendaSaved'))
  }

  let body
  if (!agenda) {
    body = <p>{failed ? t('agendaLoadFailed') : t('loadingBoard')}</p>
  } else if (editing) {
    body = <AgendaEditor agenda={agenda} onSave={save} onCancel={() => setEditing(false)} />
  } else {
    body = (
      <AgendaOverview
        agenda={agenda}
        timer={workshop.timer}
        clockOffsetMs={clockOffsetMs}
        problem={problem}
        onMove={(action) => void move(action)}
        onEdit={() => setEditing(true)}
      />
    )
  }
  return (
    <section className="agenda-panel" aria-labelledby={headingId} data-testid="agenda-panel">
      <h2 id={headingId}>{t('agendaHeading')}</h2>
      <p className="agenda-panel__intro">{t('agendaIntro')}</p>
      {body}
    </section>
  )
}

interface AgendaOverviewProps {
  agenda: WorkshopAgenda
  timer: WorkshopTimer | null
  clockOffsetMs: number
  problem: string | null
  onMove(action: AgendaStepAction): void
  onEdit(): void
}

function AgendaOverview({ agenda, timer, clockOffsetMs, problem, onMove, onEdit }: AgendaOverviewProps) {
  const { t } = useI18n()
  const { steps, current } = agenda
  const sectionTitle = new Map(agenda.sections.map((s) => [s.id, s.title]))
  const step = current === null ? undefined : steps[current]
  // aria-disabled, not disabled: the button keeps focus when the last step is reached.
  const atFirst = current === null || current === 0
  const atLast = current !== null && current >= steps.length - 1
  return (
    <>
      <div className="agenda-panel__now">
        <p className="agenda-panel__position" data-testid="agenda-now">
          {step
            ? t('agendaNow', { n: current! + 1, count: steps.length, title: step.title })
            : t('agendaNotStarted')}
        </p>
        {step && (
          <WorkshopCountdown
            timer={timer}
            clockOffsetMs={clockOffsetMs}
            testId="agenda-timer"
            announceDone={false}
          />
        )}
        <div className="workshop-controls__row">
          {current === null ? (
            <button
              type="button"
              className="button--primary"
              aria-disabled={steps.length === 0}
              onClick={() => steps.length > 0 && onMove({ action: 'next' })}
            >
              {t('agendaStart')}
            </button>
          ) : (
            <>
              <button
                type="button"
                aria-disabled={atFirst}
                onClick={() => !atFirst && onMove({ action: 'back' })}
              >
                {t('agendaBack')}
              </button>
              <button
                type="button"
                className="button--primary"
                aria-disabled={atLast}
                onClick={() => !atLast && onMove({ action: 'next' })}
              >
                {t('agendaNext')}
              </button>
            </>
          )}
          <button type="button" onClick={onEdit}>
            {t('agendaEdit')}
          </button>
        </div>
        {problem && <p className="agenda-panel__problem">{problem}</p>}
      </div>
      {steps.length === 0 ? (
        <p>{agenda.sections.length === 0 ? t('agendaNoSections') : t('agendaEmpty')}</p>
      ) : (
        <ol className="agenda-list" data-testid="agenda-list">
          {steps.map((s, i) => (
            <li key={s.id} className="agenda-list__step" aria-current={i === current ? 'step' : undefined}>
              <div className="agenda-list__head">
                <span className="agenda-list__title">{s.title}</span>
                <span className="agenda-list__minutes">{t('agendaMinutes', { n: s.minutes })}</span>
                {i === current && (
                  <span className="agenda-list__badge">
                    {t('agendaCurrent')} <span className="visually-hidden">{t('agendaCurrentHidden')}</span>
                  </span>
                )}
              </div>
              {s.instruction && <p className="agenda-list__instruction">{s.instruction}</p>}
              <p className="agenda-list__sections">
                {s.sectionIds.map((id) => sectionTitle.get(id) ?? id).join(' · ')}
              </p>
              {i !== current && (
                <button
                  type="button"
                  className="agenda-list__goto"
                  aria-label={t('agendaGotoLabel', { n: i + 1, title: s.title })}
                  onClick={() => onMove({ action: 'goto', index: i })}
                >
                  {t('agendaGoto')}
                </button>
              )}
            </li>
          ))}
        </ol>
      )}
    </>
  )
}
