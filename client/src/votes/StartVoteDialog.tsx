import { useEffect, useId, useRef, useState } from 'react'
import type { FormEvent } from 'react'

import { MAX_DOTS_PER_PERSON } from '@bordduk/shared'
import type { VoteActionBody, VoteVisibility } from '@bordduk/shared'

import { errorText } from '../api/errorText.ts'
import { useI18n } from '../i18n/I18nProvider.tsx'
import './votes.css'

/** What the dialog lets the facilitator choose from. */
export interface VoteChoices {
  /** The template's sections (its `sectionId`s and titles), in printed order. */
  sections: { id: string; title: string }[]
  /** The workshop's groups (dashboard only): all, or one. */
  groups?: { boardId: string; name: string }[]
}

/**
 * "Ny avstemning": a button and its modal dialog (native `<dialog>`: focus stays inside,
 * Escape closes) with the vote's settings: dots per person, scope, visibility, time limit, and
 * on the dashboard which groups.
 */
export function StartVoteDialog(props: {
  choices: VoteChoices
  onStart(body: Extract<VoteActionBody, { action: 'start' }>): Promise<void>
  className?: string
}) {
  const { choices, onStart, className } = props
  const { t } = useI18n()
  const id = useId()
  const dialog = useRef<HTMLDialogElement>(null)
  const opener = useRef<HTMLButtonElement>(null)
  const [dots, setDots] = useState(3)
  const [scopeKind, setScopeKind] = useState<'board' | 'sections'>('board')
  const [chosen, setChosen] = useState<string[]>([])
  const [visibility, setVisibility] = useState<VoteVisibility>('hidden')
  const [minutes, setMinutes] = useState('')
  const [group, setGroup] = useState('')
  const [problem, setProblem] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  // The form exists only while the dialog is open: its fields and buttons are not on the page
  // (nor found by name) otherwise.
  const [open, setOpen] = useState(false)
  useEffect(() => {
    if (open) dialog.current?.showModal()
  }, [open])

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (scopeKind === 'sections' && chosen.length === 0) return setProblem(t('voteNoSectionChosen'))
    const mins = Number(minutes)
    setBusy(true)
    setProblem(null)
    try {
      await onStart({
        action: 'start',
        dotsPerPerson: dots,
        scope: scopeKind === 'board' ? { kind: 'board' } : { kind: 'sections', sectionIds: chosen },
        visibility,
        ...(minutes.trim() && mins > 0 ? { durationMs: Math.round(mins * 60_000) } : {}),
        ...(group ? { boardId: group } : {}),
      })
      dialog.current?.close()
    } catch (error) {
      setProblem(errorText(error, t))
    } finally {
      setBusy(false)
    }
  }
  return (
    <>
      <button
        ref={opener}
        type="button"
        className={className}
        aria-haspopup="dialog"
        data-closes-menu
        onClick={() => {
          setProblem(null)
          setOpen(true)
        }}
      >
        {t('voteStart')}
      </button>
      <dialog
        ref={dialog}
        className="vote-dialog"
        aria-labelledby={`${id}-title`}
        onClose={() => {
          setOpen(false)
          opener.current?.focus()
        }}
        onKeyDown={(event) => event.stopPropagation()}
      >
        {open && (
          <form onSubmit={(event) => void submit(event)}>
            <h2 id={`${id}-title`}>{t('voteStartTitle')}</h2>
            <p>
              <label htmlFor={`${id}-dots`}>{t('voteDots')}</label>{' '}
              <input
                id={`${id}-dots`}
                type="number"
                min={1}
                max={MAX_DOTS_PER_PERSON}
                value={dots}
                onChange={(e) =>
                  setDots(Math.min(MAX_DOTS_PER_PERSON, Math.max(1, Number(e.target.value) || 1)))
                }
              />
            </p>
            <fieldset>
              <legend>{t('voteScope')}</legend>
              <label>
                <input
                  type="radio"
                  name={`${id}-scope`}
                  checked={scopeKind === 'board'}
                  onChange={() => setScopeKind('board')}
                />{' '}
                {t('voteScopeBoard')}
              </label>
              <label>
                <input
                  type="radio"
                  name={`${id}-scope`}
                  checked={scopeKind === 'sections'}
                  onChange={() => setScopeKind('sections')}
                />{' '}
                {t('voteScopeSections')}
              </label>
              {scopeKind === 'sections' && (
                <fieldset className="vote-dialog__sections">
                  <legend>{t('voteSectionsLegend')}</legend>
                  {choices.sections.map((section) => (
                    <label key={section.id}>
                      <input
                        type="checkbox"
                        checked={chosen.includes(section.id)}
                        onChange={(e) =>
                          setChosen((now) =>
                            e.target.checked ? [...now, section.id] : now.filter((s) => s !== section.id),
                          )
                        }
                      />{' '}
                      {section.title}
                    </label>
                  ))}
                </fieldset>
              )}
            </fieldset>
            <fieldset>
              <legend>{t('voteVisibility')}</legend>
              {(['hidden', 'live'] as const).map((v) => (
                <label key={v}>
                  <input
                    type="radio"
                    name={`${id}-visibility`}
                    checked={visibility === v}
                    onChange={() => setVisibility(v)}
                  />{' '}
                  {t(v === 'live' ? 'voteVisibilityLive' : 'voteVisibilityHidden')}
                </label>
              ))}
            </fieldset>
            <p>
              <label htmlFor={`${id}-minutes`}>{t('voteMinutes')}</label>{' '}
              <input
                id={`${id}-minutes`}
                type="number"
                min={1}
                max={240}
                inputMode="numeric"
                value={minutes}
                onChange={(e) => setMinutes(e.target.value)}
              />
            </p>
            {choices.groups && (
              <p>
                <label htmlFor={`${id}-group`}>{t('voteGroups')}</label>{' '}
                <select id={`${id}-group`} value={group} onChange={(e) => setGroup(e.target.value)}>
                  <option value="">{t('voteAllGroups')}</option>
                  {choices.groups.map((g) => (
                    <option key={g.boardId} value={g.boardId}>
                      {g.name}
                    </option>
                  ))}
                </select>
              </p>
            )}
            {problem && (
              <p className="vote-dialog__error" role="alert">
                {problem}
              </p>
            )}
            <p className="vote-dialog__actions">
              <button type="button" onClick={() => dialog.current?.close()}>
                {t('voteCancel')}
              </button>
              <button type="submit" className="vote-dialog__primary" disabled={busy}>
                {t('voteStartConfirm')}
              </button>
            </p>
          </form>
        )}
      </dialog>
    </>
  )
}
