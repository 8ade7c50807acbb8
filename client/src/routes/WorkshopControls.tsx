import { useId, useState } from 'react'
import type { FormEvent } from 'react'

import { endWorkshop, sendWorkshopMessage, setWorkshopTimer } from '../api/api.ts'
import { useI18n } from '../i18n/I18nProvider.tsx'

/** The facilitator's controls for every group at once: the timer, and a message to all. */
export function WorkshopControls({
  workshopId,
  facilitatorKey,
}: {
  workshopId: string
  facilitatorKey: string
}) {
  const { t } = useI18n()
  const id = useId()
  const [minutes, setMinutes] = useState(10)
  const [text, setText] = useState('')
  const [sent, setSent] = useState(false)
  const [ended, setEnded] = useState(false)
  const timer = (action: 'start' | 'pause' | 'reset') =>
    void setWorkshopTimer(workshopId, facilitatorKey, {
      action,
      ...(action === 'pause' ? {} : { durationMs: Math.round(minutes * 60_000) }),
    })
  const send = async (event: FormEvent) => {
    event.preventDefault()
    await sendWorkshopMessage(workshopId, facilitatorKey, text)
    setSent(true)
  }
  return (
    <div className="workshop-controls">
      <fieldset>
        <legend>{t('timer')}</legend>
        <label htmlFor={`${id}-minutes`}>{t('timerMinutes')}</label>
        <input
          id={`${id}-minutes`}
          type="number"
          min={1}
          max={240}
          value={minutes}
          onChange={(e) => setMinutes(Number(e.target.value))}
        />
        <button type="button" onClick={() => timer('start')}>
          {t('timerStart')}
        </button>
        <button type="button" onClick={() => timer('pause')}>
          {t('timerPause')}
        </button>
        <button type="button" onClick={() => timer('reset')}>
          {t('timerReset')}
        </button>
      </fieldset>
      <form onSubmit={send}>
        <fieldset>
          <legend>{t('messageToAll')}</legend>
          <input
            type="text"
            aria-label={t('messageToAll')}
            maxLength={280}
            value={text}
            onChange={(e) => {
              setText(e.target.value)
              setSent(false)
            }}
          />
          <button type="submit">{t('send')}</button>
          {sent && <span role="status">{t('messageSent')}</span>}
        </fieldset>
      </form>
      <div>
        <button
          type="button"
          onClick={() => void endWorkshop(workshopId, facilitatorKey).then(() => setEnded(true))}
        >
          {t('endWorkshop')}
        </button>
        {ended && <p role="status">{t('workshopEnded')}</p>}
      </div>
    </div>
  )
}
