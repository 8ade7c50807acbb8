import { LOCALES } from '@bordduk/shared'

import { useI18n } from '../i18n/I18nProvider.tsx'
import { LANGUAGE_NAMES } from '../i18n/languageNames.ts'

/** One toggle button per language; the visible text is the accessible name (WCAG 2.5.3). */
export function LanguageSwitch({ onLight = false }: { onLight?: boolean }) {
  const { locale, setLocale, t } = useI18n()
  return (
    <div
      role="group"
      aria-label={t('language')}
      className={`language-switch${onLight ? ' language-switch--on-light' : ''}`}
    >
      {LOCALES.map((l) => (
        <button key={l} type="button" lang={l} aria-pressed={l === locale} onClick={() => setLocale(l)}>
          {LANGUAGE_NAMES[l]}
        </button>
      ))}
    </div>
  )
}
