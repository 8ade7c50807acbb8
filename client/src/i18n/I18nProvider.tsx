import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react'
import type { ReactNode } from 'react'

import { DEFAULT_LOCALE, localeSchema } from '@bordduk/shared'
import type { Locale } from '@bordduk/shared'

import { translate } from './messages.ts'
import type { MessageKey } from './messages.ts'

const STORAGE_KEY = 'bordduk:locale'

interface I18n {
  locale: Locale
  setLocale(locale: Locale): void
  t(key: MessageKey, values?: Record<string, string | number>): string
}

const I18nContext = createContext<I18n | null>(null)

function initialLocale(): Locale {
  const stored = localeSchema.safeParse(localStorage.getItem(STORAGE_KEY))
  return stored.success ? stored.data : DEFAULT_LOCALE
}

/** Holds the UI language (bokmål unless the person chose another) and keeps `<html lang>` right. */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(initialLocale)
  useEffect(() => {
    document.documentElement.lang = locale
  }, [locale])
  const setLocale = useCallback((next: Locale) => {
    localStorage.setItem(STORAGE_KEY, next)
    setLocaleState(next)
  }, [])
  const value = useMemo<I18n>(
    () => ({ locale, setLocale, t: (key, values) => translate(locale, key, values) }),
    [locale, setLocale],
  )
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>
}

/**
 * Text in another language than the UI's inside it: the printed pages speak the board's
 * language. The persons' own choice and `<html lang>` stay as they are; give the wrapping
 * element `lang={locale}`.
 */
export function FixedLocale({ locale, children }: { locale: Locale; children: ReactNode }) {
  const outer = useI18n()
  const value = useMemo<I18n>(
    () => ({ locale, setLocale: outer.setLocale, t: (key, values) => translate(locale, key, values) }),
    [locale, outer.setLocale],
  )
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext)
  if (!i18n) throw new Error('useI18n outside I18nProvider')
  return i18n
}
