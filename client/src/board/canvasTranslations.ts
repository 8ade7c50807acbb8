import type { TLUiOverrides } from 'tldraw'

import { keyboardMessages } from '../i18n/messages/keyboard.ts'

type Words = Record<keyof (typeof keyboardMessages)['nb'], string>

function tldrawWords(m: Words): Record<string, string> {
  return {
    // tldraw names a selected shape by `tool.<type>` in its announcement ("…, section. 3 of 12").
    'tool.bd-section': m.keyShapeSection,
    'tool.bd-check': m.keyShapeCheck,
    'tool.bd-field': m.keyShapeField,
    'tool.bd-sheet': m.keyShapeSheet,
    'bd.move-to-section': m.keyMoveToSection,
    'bd.tidy-section': m.keyTidyFocusedSection,
  }
}

/** Our words in tldraw's own texts (menus, announcements), in the languages tldraw speaks. */
export const canvasTranslations: TLUiOverrides = {
  translations: {
    no: tldrawWords(keyboardMessages.nb),
    en: tldrawWords(keyboardMessages.en),
    sv: tldrawWords(keyboardMessages.sv),
  },
}
