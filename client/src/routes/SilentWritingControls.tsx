import { useId, useState } from 'react'

import { announce } from '../a11y/announcer.ts'
import { silentWritingAction } from '../api/silentWritingApi.ts'
import { useI18n } from '../i18n/I18nProvider.tsx'

interface SilentWritingControlsProps {
  workshopId: string
  facilitatorKey: string
  /** Started or revealed: the overview loads the groups again. */
  onChanged(): void
}

/**
 * "Skriv hver for seg" for every group at once: start (for a number of minutes, or until
 * revealed) and reveal all notes now. What happened is shown and said.
 */
export function SilentWritingControls({ workshopId, facilitatorKey, onChanged }: SilentWritingControlsProps) {
  const { t } = useI18n()
  const id = useId()
  const [minutes, setMinutes] = useState('5')
  const [done, setDone] = useState<'started' | 'revealed' | 'failed' | null>(null)
  const act = async (action: 'start' | 'reveal') => {
    const length = Number(minutes)
    try {
      await silentWritingAction(workshopId, facilitatorKey, {
        action,
        ...(action === 'start' && minutes.trim() !== '' && length > 0
          ? { durationMs: Math.round(Math.min(length, 240) * 60_000) }
          : {}),
      })
    } catch {
      announce(t('silentFailed'))
      return setDone('failed')
    }
    const text = action === 'start' ? t('silentStartedDone') : t('silentRevealedDone')
    announce(text)
    setDone(action === 'start' ? 'started' : 'revealed')
    onChanged()
  }
  return (
    <fieldset className="workshop-controls__silent" data-testid="silent-controls">
      <legend>{t('silentWriting')}</legend>
      <p id={`${id}-explain`} className="workshop-controls__hint">
        {t('silentExplain')}
      </p>
      <div className="workshop-controls__row">
        <label htmlFor={`${id}-minutes`}>{t('silentMinutes')}</label>
        <input
          id={`${id}-minutes`}
          type="number"
          min={1}
          max={240}
          value={minutes}
          onChange={(e) => setMinutes(e.target.value)}
        />
        <button
          type="button"
          className="button--primary"
          aria-describedby={`${id}-explain`}
          onClick={() => void act('start')}
        >
          {t('silentStart')}
        </button>
        <button type="button" onClick={() => void act('reveal')}>
          {t('silentRevealNow')}
        </button>
        <span data-testid="silent-done">
          {done === 'started'
            ? t('silentStartedDone')
            : done === 'revealed'
              ? t('silentRevealedDone')
              : done === 'failed'
                ? t('silentFailed')
                : ''}
        </span>
      </div>
    </fieldset>
  )
}
