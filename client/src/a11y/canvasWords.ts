import { atom } from 'tldraw'

import type { MessageKey } from '../i18n/messages.ts'

type Translate = (key: MessageKey, values?: Record<string, string | number>) => string

/**
 * The translator for texts made outside React: shape descriptions that tldraw reads from a
 * ShapeUtil, and announcements from editor side effects. The board sets it from `useI18n`
 * and keeps it current when the person changes their language.
 */
export const canvasWords = atom<Translate>('canvas words', (key) => key)

export function say(key: MessageKey, values?: Record<string, string | number>): string {
  return canvasWords.get()(key, values)
}
