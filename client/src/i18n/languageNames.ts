import type { Locale } from '@bordduk/shared'

/**
 * Each language named in itself, so a person finds theirs whatever language the page speaks
 * now; shown with `lang` set to the language named, so a screen reader says it right. The two
 * Norwegian written standards go by their own short names, as Norwegians call them.
 */
export const LANGUAGE_NAMES: Record<Locale, string> = {
  nb: 'Bokmål',
  nn: 'Nynorsk',
  en: 'English',
  sv: 'Svenska',
}
