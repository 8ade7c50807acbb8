import { z } from 'zod'

/** Languages Bordduk speaks: Norwegian bokmål first, English second. */
export const LOCALES = ['nb', 'en'] as const
export const DEFAULT_LOCALE = 'nb'

export const localeSchema = z.enum(LOCALES)
export type Locale = z.infer<typeof localeSchema>

/** A text given in every locale we ship. */
export const localizedTextSchema = z.object({ nb: z.string().min(1), en: z.string().min(1) })
export type LocalizedText = z.infer<typeof localizedTextSchema>
