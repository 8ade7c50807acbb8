import type { MessageKey } from '../i18n/messages.ts'

/**
 * The name of a note's colour as people see it. tldraw's `black` note is drawn pale yellow,
 * so it is named for what it looks like, not for its key.
 */
const COLOUR_NAMES: Record<string, MessageKey> = {
  black: 'outlineColourBlack',
  grey: 'outlineColourGrey',
  'light-violet': 'outlineColourLightViolet',
  violet: 'outlineColourViolet',
  blue: 'outlineColourBlue',
  'light-blue': 'outlineColourLightBlue',
  yellow: 'outlineColourYellow',
  orange: 'outlineColourOrange',
  green: 'outlineColourGreen',
  'light-green': 'outlineColourLightGreen',
  'light-red': 'outlineColourLightRed',
  red: 'outlineColourRed',
  white: 'outlineColourWhite',
}

/** The message key naming tldraw colour `color`, or undefined for a colour we do not know. */
export function noteColourName(color: string): MessageKey | undefined {
  return COLOUR_NAMES[color]
}
