import { useId, useState } from 'react'
import type { FormEvent } from 'react'

import type { Workshop, WorkshopTimer } from '@bordduk/shared'

import { announce } from '../a11y/announcer.ts'
import { endWorkshop, sendWorkshopMessage, setWorkshopTimer } from '../api/api.ts'
import { useI18n } from '../i18n/I18nProvider.tsx'
import { ConfirmButton } from './ConfirmButton.tsx'
import { SentMessages } from './SentMessages.tsx'
import { SilentWritingControls } from './SilentWritingControls.tsx'
import { WorkshopCountdown } from './WorkshopCountdown.tsx'

interface WorkshopControlsProps {
  workshop: Workshop
  facilitatorKey: string
  clockOffsetMs: number
  /** The timer as the server answered a start, pause or reset: shown at once. */
  onTimer(timer: WorkshopTimer | null): void
  /** Something changed on the server (a message sent, the workshop ended): load it again. */
  onChanged(): void
  /** Freezes (true) or unfreezes every group's board. */
  onFreeze(frozen: boolean): Promise<void>
}

/**
 * The facilitator's controls for every group at once: the timer with its countdown, a message
 * to all with the list of what was sent, and ending the workshop (asked first).
 */
export function WorkshopControls(props: WorkshopControlsProps) {
  const { workshop, facilitatorKey, clockOffsetMs, onTimer, onChanged, onFreeze } = props
  const { t } = useI18n()
  const id = useId()
  // After a reload, the minutes field shows the running timer's length, not the default.
  const [minutes, setMinutes] = useState(() =>
    workshop.timer ? Math.max(1, Math.round(workshop.timer.durationMs / 60_000)) : 10,
  )
  const [text, setText] = useState('')
  const [sent, setSent] = useState<'sent' | 'failed' | null>(null)
  const [ended, setEnded] = useState(false)
  const timer = (action: 'start' | 'pause' | 'reset') =>
    void setWorkshopTimer(workshop.id, facilitatorKey, {
      action,
      ...(action === 'pause' ? {} : { durationMs: Math.round(minutes * 60_000) }),
    }).then(onTimer, () => {})
  const send = async (event: FormEvent) => {
    event.preventDefault()
    try {
      await sendWorkshopMessage(workshop.id, facilitatorKey, text)
    } catch {
      announce(t('messageSendFailed'))
      return setSent('failed')
    }
    announce(t('messageSent'))
    setSent('sent')
    setText('')
    onChanged()
  }
  const end = async () => {
    await endWorkshop(workshop.id, facilitatorKey)
    setEnded(true)
    announce(t('workshopEnded'))
    onTimer(null)
    onChanged()
  }
  const freezeAll = (frozen: boolean) =>
    onFreeze(frozen).then(
      () => announce(frozen ? t('allFrozenDone') : t('allUnfrozenDone')),
      () => announce(t('freezeFailed')),
    )
  return (
    <div className="workshop-controls">
      <fieldset className="workshop-controls__timer">
        <legend>{t('timer')}</legend>
        <WorkshopCountdown timer={workshop.timer} clockOffsetMs={clockOffsetMs} />
        <div className="workshop-controls__row">
          <label htmlFor={`${id}-minutes`}>{t('timerMinutes')}</label>
          <input
            id={`${id}-minutes`}
            type="number"
            min={1}
            max={240}
            value={minutes}
            onChange={(e) => setMinutes(Number(e.target.value))}
          />
          <button type="button" className="button--primary" onClick={() => timer('start')}>
            {t('timerStart')}
          </button>
          <button type="button" onClick={() => timer('pause')}>
            {t('timerPause')}
          </button>
          <button type="button" onClick={() => timer('reset')}>
            {t('timerReset')}
          </button>
        </div>
      </fieldset>
      <div className="workshop-controls__messages">
        <form onSubmit={send}>
          <fieldset>
            <legend>{t('messageToAll')}</legend>
            <div className="workshop-controls__row">
              <input
                type="text"
                aria-label={t('messageToAll')}
                maxLength={280}
                value={text}
                onChange={(e) => {
                  setText(e.target.value)
                  setSent(null)
                }}
              />
              <button type="submit" className="button--primary">
                {t('send')}
              </button>
              <span data-testid="message-sent">
                {sent === 'sent' ? t('messageSent') : sent === 'failed' ? t('messageSendFailed') : ''}
              </span>
            </div>
          </fieldset>
        </form>
        <SentMessages messages={workshop.messages} headingId={`${id}-sent`} />
      </div>
      <SilentWritingControls workshopId={workshop.id} facilitatorKey={facilitatorKey} onChanged={onChanged} />
      <div className="workshop-controls__end">
        <ConfirmButton
          label={t('freezeAll')}
          title={t('freezeAllTitle')}
          explanation={[t('freezeAllExplain')]}
          confirmLabel={t('freezeConfirm')}
          onConfirm={() => freezeAll(true)}
        />{' '}
        <button type="button" onClick={() => void freezeAll(false)}>
          {t('unfreezeAll')}
        </button>{' '}
        <ConfirmButton
          label={t('endWorkshop')}
          title={t('endWorkshopTitle')}
          explanation={[t('endWorkshopExplain'), t('endWorkshopFreezes'), t('endWorkshopKeepsBoards')]}
          confirmLabel={t('endWorkshopConfirm')}
          className="danger-outline-button"
          onConfirm={end}
        />
        {ended && <p>{t('workshopEnded')}</p>}
      </div>
    </div>
  )
}
