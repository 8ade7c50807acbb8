import { useId, useState } from 'react'
import type { FormEvent } from 'react'

import { useI18n } from '../i18n/I18nProvider.tsx'
import { chooseName } from './localUser.ts'

/** Asked once per browser: the name others see on this person's cursor and notes. */
export function NamePrompt({ onDone }: { onDone(): void }) {
  const { t } = useI18n()
  const id = useId()
  const [name, setName] = useState('')
  const submit = (event: FormEvent) => {
    event.preventDefault()
    const trimmed = name.trim()
    if (!trimmed) return
    chooseName(trimmed.slice(0, 40), (n) => t('guestName', { n }))
    onDone()
  }
  return (
    <main className="center-page">
      <form className="name-prompt" onSubmit={submit}>
        <h1>{t('namePromptTitle')}</h1>
        <p>{t('namePromptHelp')}</p>
        <label htmlFor={id}>{t('namePromptLabel')}</label>
        <input
          id={id}
          value={name}
          onChange={(e) => setName(e.target.value)}
          autoComplete="name"
          maxLength={40}
          required
          autoFocus
        />
        <button type="submit" className="primary-button">
          {t('namePromptJoin')}
        </button>
      </form>
    </main>
  )
}
