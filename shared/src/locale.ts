import { z } from 'zod'

/**
 * Languages Bordduk speaks: Norwegian bokmål (the default), nynorsk, English and Swedish
 * (Swedish municipalities run the same workshops). The order is the order of every language
 * control.
 */
export const LOCALES = ['nb', 'nn', 'en', 'sv'] as const
export const DEFAULT_LOCALE = 'nb'

export const localeSchema = z.enum(LOCALES)
export type Locale = z.infer<typeof localeSchema>

/**
 * A template text. Bokmål and English are required (every built-in and saved template has
 * them, and boards stored before nynorsk and Swedish existed must still load); nynorsk and
 * Swedish are written where someone could write them well.
 */
export const localizedTextSchema = z.object({
  nb: z.string().min(1),
  nn: z.string().min(1).optional(),
  en: z.string().min(1),
  sv: z.string().min(1).optional(),
})
export type LocalizedText = z.infer<typeof localizedTextSchema>

/**
 * Which required language stands in when a text lacks the asked one. Nynorsk falls back to
 * bokmål: the same language's other written standard. Swedish falls back to English, not to
 * bokmål: Swedes read English more surely than Norwegian, and procurement words differ across
 * the border ("anskaffelse" is "upphandling"), so bokmål would read as near-Swedish with
 * false friends.
 */
export const TEXT_FALLBACK = { nb: 'nb', nn: 'nb', en: 'en', sv: 'en' } as const satisfies Record<
  Locale,
  'nb' | 'en'
>

/** A template text in the asked language, or in its fallback language when it has none. */
export function pickText(text: LocalizedText, locale: Locale): string {
  return text[locale] ?? text[TEXT_FALLBACK[locale]]
}

/** The BCP 47 tag dates, times and numbers are formatted with. */
export const LOCALE_TAGS = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB', sv: 'sv-SE' } as const satisfies Record<
  Locale,
  string
>
