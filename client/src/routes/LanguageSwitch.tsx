import { LOCALES } from '@bordduk/shared'

import { useI18n } from '../i18n/I18nProvider.tsx'

const LANGUAGE_NAMES = { nb: 'Norsk bokmål', en: 'English' } as const
const SHORT = { nb: 'NB', en: 'EN' } as const

/** Two buttons, each named in its own language, so a person finds theirs. */
export function LanguageSwitch() {
  const { locale, setLocale, t } = useI18n()
  return (
    <div role="group" aria-label={t('language')} className="language-switch">
      {LOCALES.map((l) => (
        <button
          key={l}
          type="button"
          lang={l}
          aria-pressed={l === locale}
          aria-label={LANGUAGE_NAMES[l]}
          onClick={() => setLocale(l)}
        >
          {SHORT[l]}
        </button>
      ))}
    </div>
  )
}
