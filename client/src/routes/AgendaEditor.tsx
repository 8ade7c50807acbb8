import { useEffect, useId, useRef, useState } from 'react'
import type { FormEvent } from 'react'

import {
  MAX_AGENDA_STEPS,
  MAX_STEP_INSTRUCTION_LENGTH,
  MAX_STEP_MINUTES,
  MAX_STEP_TITLE_LENGTH,
  MIN_STEP_MINUTES,
} from '@bordduk/shared'
import type { AgendaStep, WorkshopAgenda } from '@bordduk/shared'

import { announce } from '../a11y/announcer.ts'
import { errorText } from '../api/errorText.ts'
import { useI18n } from '../i18n/I18nProvider.tsx'

/** A step being edited: minutes as typed, so a half-typed number is not thrown away. */
interface DraftStep extends Omit<AgendaStep, 'minutes'> {
  minutes: string
}

/** Where focus goes after a move, removal or addition: a step's field or button. */
type FocusTarget = { stepId: string; part: 'title' | 'up' | 'down' } | { stepId: null; part: 'add' }

const newStepId = () => `steg-${Math.random().toString(36).slice(2, 10)}`

interface AgendaEditorProps {
  agenda: WorkshopAgenda
  onSave(steps: AgendaStep[]): Promise<void>
  onCancel(): void
}

/**
 * The facilitator's agenda editor: each step's title, minutes, one-line instruction and parts of
 * the board, moved up or down, removed, or added. A plain form: every control labelled and
 * reached with Tab; after a move the moved step's button keeps focus.
 */
export function AgendaEditor({ agenda, onSave, onCancel }: AgendaEditorProps) {
  const { t } = useI18n()
  const baseId = useId()
  const [steps, setSteps] = useState<DraftStep[]>(() =>
    agenda.steps.map((s) => ({ ...s, minutes: String(s.minutes) })),
  )
  const [problems, setProblems] = useState<string[]>([])
  const [saving, setSaving] = useState(false)
  const [focus, setFocus] = useState<FocusTarget | null>(null)
  const problemsRef = useRef<HTMLDivElement>(null)
  // Bumped on each refused save: the list of problems (rendered by then) takes focus.
  const [refusals, setRefusals] = useState(0)
  useEffect(() => {
    if (refusals > 0) problemsRef.current?.focus()
  }, [refusals])
  const fieldId = (stepId: string | null, part: string) => `${baseId}-${stepId ?? ''}-${part}`

  useEffect(() => {
    if (!focus) return
    document.getElementById(fieldId(focus.stepId, focus.part))?.focus()
    // eslint-disable-next-line react-hooks/set-state-in-effect -- focus moves once per request
    setFocus(null)
    // fieldId only depends on baseId, which never changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focus])

  const update = (index: number, change: Partial<DraftStep>) =>
    setSteps((all) => all.map((s, i) => (i === index ? { ...s, ...change } : s)))
  const moveStep = (index: number, by: -1 | 1) => {
    const to = index + by
    if (to < 0 || to >= steps.length) return
    const next = [...steps]
    const [step] = next.splice(index, 1)
    next.splice(to, 0, step!)
    setSteps(next)
    setFocus({ stepId: step!.id, part: by < 0 ? 'up' : 'down' })
    announce(t('agendaStepMovedTo', { n: to + 1 }))
  }
  const remove = (index: number) => {
    const next = steps.filter((_, i) => i !== index)
    setSteps(next)
    const after = next[index] ?? next[index - 1]
    setFocus(after ? { stepId: after.id, part: 'title' } : { stepId: null, part: 'add' })
    announce(t('agendaStepRemoved', { n: index + 1 }))
  }
  const add = () => {
    const step: DraftStep = {
      id: newStepId(),
      title: t('agendaNewStep'),
      sectionIds: agenda.sections[0] ? [agenda.sections[0].id] : [],
      minutes: '10',
      instruction: '',
    }
    setSteps([...steps, step])
    setFocus({ stepId: step.id, part: 'title' })
  }

  const check = (): { steps: AgendaStep[]; problems: string[] } => {
    const found: string[] = []
    const checked = steps.map((s, i): AgendaStep => {
      const n = i + 1
      const minutes = Number(s.minutes)
      if (!s.title.trim()) found.push(t('agendaNeedsTitle', { n }))
      if (!Number.isInteger(minutes) || minutes < MIN_STEP_MINUTES || minutes > MAX_STEP_MINUTES) {
        found.push(t('agendaBadMinutes', { n, min: MIN_STEP_MINUTES, max: MAX_STEP_MINUTES }))
      }
      if (s.sectionIds.length === 0) found.push(t('agendaNeedsSection', { n }))
      return { ...s, title: s.title.trim(), instruction: s.instruction.trim(), minutes }
    })
    return { steps: checked, problems: found }
  }
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (saving) return
    const result = check()
    setProblems(result.problems)
    if (result.problems.length > 0) {
      announce(result.problems.join(' '))
      setRefusals((n) => n + 1)
      return
    }
    setSaving(true)
    try {
      await onSave(result.steps)
    } catch (error) {
      const text = t('agendaSaveFailed', { reason: errorText(error, t) })
      setProblems([text])
      announce(text)
      setRefusals((n) => n + 1)
    } finally {
      setSaving(false)
    }
  }

  return (
    <form className="agenda-editor" onSubmit={submit} data-testid="agenda-editor" noValidate>
      <h3>{t('agendaEditorHeading')}</h3>
      {problems.length > 0 && (
        <div className="agenda-editor__problems" ref={problemsRef} tabIndex={-1}>
          <ul>
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      <ol className="agenda-editor__steps">
        {steps.map((step, i) => (
          <li key={step.id}>
            <fieldset className="agenda-editor__step">
              <legend>{t('agendaStepLegend', { n: i + 1 })}</legend>
              <div className="agenda-editor__fields">
                <label className="agenda-editor__field agenda-editor__field--title">
                  <span>{t('agendaStepTitle')}</span>
                  <input
                    id={fieldId(step.id, 'title')}
                    type="text"
                    maxLength={MAX_STEP_TITLE_LENGTH}
                    value={step.title}
                    onChange={(e) => update(i, { title: e.target.value })}
                  />
                </label>
                <label className="agenda-editor__field agenda-editor__field--minutes">
                  <span>{t('agendaStepMinutes')}</span>
                  <input
                    type="number"
                    inputMode="numeric"
                    min={MIN_STEP_MINUTES}
                    max={MAX_STEP_MINUTES}
                    value={step.minutes}
                    onChange={(e) => update(i, { minutes: e.target.value })}
                  />
                </label>
                <label className="agenda-editor__field agenda-editor__field--instruction">
                  <span>{t('agendaStepInstruction')}</span>
                  <input
                    type="text"
                    maxLength={MAX_STEP_INSTRUCTION_LENGTH}
                    value={step.instruction}
                    onChange={(e) => update(i, { instruction: e.target.value })}
                  />
                </label>
              </div>
              <fieldset className="agenda-editor__sections">
                <legend>{t('agendaStepSections')}</legend>
                {agenda.sections.map((section) => (
                  <label key={section.id} className="agenda-editor__section">
                    <input
                      type="checkbox"
                      checked={step.sectionIds.includes(section.id)}
                      onChange={(e) =>
                        update(i, {
                          sectionIds: e.target.checked
                            ? agenda.sections
                                .map((s) => s.id)
                                .filter((id) => id === section.id || step.sectionIds.includes(id))
                            : step.sectionIds.filter((id) => id !== section.id),
                        })
                      }
                    />{' '}
                    {section.title}
                  </label>
                ))}
              </fieldset>
              <div className="workshop-controls__row">
                <button
                  type="button"
                  id={fieldId(step.id, 'up')}
                  aria-label={t('agendaMoveUpLabel', { n: i + 1 })}
                  aria-disabled={i === 0}
                  onClick={() => moveStep(i, -1)}
                >
                  {t('agendaMoveUp')}
                </button>
                <button
                  type="button"
                  id={fieldId(step.id, 'down')}
                  aria-label={t('agendaMoveDownLabel', { n: i + 1 })}
                  aria-disabled={i === steps.length - 1}
                  onClick={() => moveStep(i, 1)}
                >
                  {t('agendaMoveDown')}
                </button>
                <button
                  type="button"
                  className="danger-outline-button"
                  aria-label={t('agendaRemoveLabel', { n: i + 1 })}
                  onClick={() => remove(i)}
                >
                  {t('agendaRemove')}
                </button>
              </div>
            </fieldset>
          </li>
        ))}
      </ol>
      <div className="workshop-controls__row">
        <button
          type="button"
          id={fieldId(null, 'add')}
          aria-disabled={steps.length >= MAX_AGENDA_STEPS || agenda.sections.length === 0}
          onClick={() => steps.length < MAX_AGENDA_STEPS && agenda.sections.length > 0 && add()}
        >
          {t('agendaAdd')}
        </button>
        <button type="submit" className="button--primary" aria-disabled={saving}>
          {t('agendaSave')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('agendaCancel')}
        </button>
      </div>
    </form>
  )
}
