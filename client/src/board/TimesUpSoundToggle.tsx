import { useId } from 'react'

import { useI18n } from '../i18n/I18nProvider.tsx'
import { timesUpSound, useTimesUpSound } from './timesUpSound.ts'

/** This browser's choice to hear a short beep when the facilitator's time is up (off by default). */
export function TimesUpSoundToggle() {
  const { t } = useI18n()
  const id = useId()
  const on = useTimesUpSound()
  return (
    <div className="board-menu__row">
      <input id={id} type="checkbox" checked={on} onChange={(e) => timesUpSound.set(e.target.checked)} />
      <label htmlFor={id}>{t('timesUpSound')}</label>
    </div>
  )
}
