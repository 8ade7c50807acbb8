import type { Locale } from '@bordduk/shared'

/**
 * The language tldraw's own menus speak for ours. tldraw has one Norwegian ("no", written in
 * bokmål) and no nynorsk, so nynorsk readers get bokmål menus: the closer of what exists, and
 * read by every nynorsk user.
 */
export const TLDRAW_LOCALES = { nb: 'no', nn: 'no', en: 'en', sv: 'sv' } as const satisfies Record<
  Locale,
  string
>
