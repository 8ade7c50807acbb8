import type { Locale } from '@bordduk/shared'

/**
 * The few words the answer exports add around the board's own texts, in the board's language.
 * Note colours are named as the notes look, not by tldraw's style name: a "black" note is
 * drawn yellow, and that is the default note.
 */
export const ANSWER_TEXTS: Record<
  Locale,
  {
    exported: string
    template: string
    unplaced: string
    noNotes: string
    columns: string[]
    colors: Record<string, string>
  }
> = {
  nb: {
    exported: 'Eksportert',
    template: 'Mal',
    unplaced: 'Lapper utenfor seksjonene',
    noNotes: 'Ingen lapper ennå.',
    columns: ['ark', 'nummer', 'seksjon', 'lapp', 'farge', 'forfatter'],
    colors: {
      black: 'gul',
      yellow: 'lys oransje',
      orange: 'oransje',
      grey: 'grå',
      blue: 'blå',
      'light-blue': 'lyseblå',
      green: 'grønn',
      'light-green': 'lysegrønn',
      red: 'rød',
      'light-red': 'rosa',
      violet: 'fiolett',
      'light-violet': 'lys fiolett',
      white: 'hvit',
    },
  },
  en: {
    exported: 'Exported',
    template: 'Template',
    unplaced: 'Notes outside the sections',
    noNotes: 'No notes yet.',
    columns: ['sheet', 'number', 'section', 'note', 'colour', 'author'],
    colors: {
      black: 'yellow',
      yellow: 'light orange',
      orange: 'orange',
      grey: 'grey',
      blue: 'blue',
      'light-blue': 'light blue',
      green: 'green',
      'light-green': 'light green',
      red: 'red',
      'light-red': 'pink',
      violet: 'violet',
      'light-violet': 'light violet',
      white: 'white',
    },
  },
}
