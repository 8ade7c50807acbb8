import { useId, useState } from 'react'

import { LOCALES } from '@bordduk/shared'
import type { Locale } from '@bordduk/shared'

import { setBoardLocale } from '../api/api.ts'
import { useI18n } from '../i18n/I18nProvider.tsx'

const LANGUAGE_NAMES: Record<Locale, string> = { nb: 'Norsk', en: 'English' }

/**
 * The language the board's printed layer is written in, shared by everyone on the board
 * (unlike the interface language, which is each person's own).
 */
export function BoardLanguage({
  boardId,
  boardKey,
  initial,
}: {
  boardId: string
  boardKey: string
  initial: Locale
}) {
  const { t } = useI18n()
  const id = useId()
  const [locale, setLocale] = useState(initial)
  const [failed, setFailed] = useState(false)
  const onChange = async (next: Locale) => {
    const previous = locale
    setLocale(next)
    setFailed(false)
    try {
      await setBoardLocale(boardId, boardKey, next)
    } catch {
      setLocale(previous)
      setFailed(true)
    }
  }
  return (
    <div className="board-language">
      <label htmlFor={id}>{t('boardLanguage')}</label>
      <select id={id} value={locale} onChange={(e) => void onChange(e.target.value as Locale)}>
        {LOCALES.map((l) => (
          <option key={l} value={l} lang={l}>
            {LANGUAGE_NAMES[l]}
          </option>
        ))}
      </select>
      {failed && <span role="alert">{t('boardLanguageFailed')}</span>}
    </div>
  )
}
