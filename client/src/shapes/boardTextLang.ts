import { atom } from 'tldraw'

import type { Locale } from '@bordduk/shared'

/**
 * The `lang` of the printed layer's text when it differs from the UI's (a Swedish reader on a
 * bokmål board), else undefined: screen readers then read the sheets' words with the right
 * voice. An atom, not React context, because the sheet draws in its ShapeUtil's `component`,
 * where tldraw tracks atoms but hooks do not belong. Set by the board editor.
 */
export const boardTextLang = atom<Locale | undefined>('board text lang', undefined)
