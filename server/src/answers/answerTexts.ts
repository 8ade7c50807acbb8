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
    notFilledIn: string
    columns: string[]
    /** The CSV's "kind" column, and the word that marks a text shape in Markdown and Word. */
    kinds: Record<'note' | 'text' | 'check' | 'field', string>
    /** "3 lapper", "1 tekst": how many notes and text shapes a section holds. */
    count: (notes: number, texts: number) => string
    colors: Record<string, string>
    /** "3 stemmer": a note's dots in the board's vote; `votesColumn` heads the CSV column. */
    votes: (count: number) => string
    votesColumn: string
  }
> = {
  nb: {
    exported: 'Eksportert',
    template: 'Mal',
    unplaced: 'Lapper utenfor seksjonene',
    noNotes: 'Ingen lapper ennå.',
    notFilledIn: 'ikke fylt ut',
    columns: ['ark', 'nummer', 'seksjon', 'kolonne', 'type', 'innhold', 'farge', 'forfatter'],
    kinds: { note: 'lapp', text: 'tekst', check: 'sjekkliste', field: 'felt' },
    count: (notes, texts) =>
      [
        notes === 1 ? '1 lapp' : `${notes} lapper`,
        ...(texts > 0 ? [texts === 1 ? '1 tekst' : `${texts} tekster`] : []),
      ].join(', '),
    votes: (count) => (count === 1 ? '1 stemme' : `${count} stemmer`),
    votesColumn: 'stemmer',
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
  nn: {
    exported: 'Eksportert',
    template: 'Mal',
    unplaced: 'Lappar utanfor seksjonane',
    noNotes: 'Ingen lappar enno.',
    notFilledIn: 'ikkje fylt ut',
    columns: ['ark', 'nummer', 'seksjon', 'kolonne', 'type', 'innhald', 'farge', 'forfattar'],
    kinds: { note: 'lapp', text: 'tekst', check: 'sjekkliste', field: 'felt' },
    count: (notes, texts) =>
      [
        notes === 1 ? '1 lapp' : `${notes} lappar`,
        ...(texts > 0 ? [texts === 1 ? '1 tekst' : `${texts} tekstar`] : []),
      ].join(', '),
    votes: (count) => (count === 1 ? '1 røyst' : `${count} røyster`),
    votesColumn: 'røyster',
    colors: {
      black: 'gul',
      yellow: 'lys oransje',
      orange: 'oransje',
      grey: 'grå',
      blue: 'blå',
      'light-blue': 'lyseblå',
      green: 'grøn',
      'light-green': 'lysegrøn',
      red: 'raud',
      'light-red': 'rosa',
      violet: 'fiolett',
      'light-violet': 'lys fiolett',
      white: 'kvit',
    },
  },
  en: {
    exported: 'Exported',
    template: 'Template',
    unplaced: 'Notes outside the sections',
    noNotes: 'No notes yet.',
    notFilledIn: 'not filled in',
    columns: ['sheet', 'number', 'section', 'column', 'kind', 'content', 'colour', 'author'],
    kinds: { note: 'note', text: 'text', check: 'checklist', field: 'field' },
    count: (notes, texts) =>
      [
        notes === 1 ? '1 note' : `${notes} notes`,
        ...(texts > 0 ? [texts === 1 ? '1 text' : `${texts} texts`] : []),
      ].join(', '),
    votes: (count) => (count === 1 ? '1 vote' : `${count} votes`),
    votesColumn: 'votes',
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
  sv: {
    exported: 'Exporterad',
    template: 'Mall',
    unplaced: 'Lappar utanför avsnitten',
    noNotes: 'Inga lappar ännu.',
    notFilledIn: 'inte ifyllt',
    columns: ['ark', 'nummer', 'avsnitt', 'kolumn', 'typ', 'innehåll', 'färg', 'författare'],
    kinds: { note: 'lapp', text: 'text', check: 'checklista', field: 'fält' },
    count: (notes, texts) =>
      [
        notes === 1 ? '1 lapp' : `${notes} lappar`,
        ...(texts > 0 ? [texts === 1 ? '1 text' : `${texts} texter`] : []),
      ].join(', '),
    votes: (count) => (count === 1 ? '1 röst' : `${count} röster`),
    votesColumn: 'röster',
    colors: {
      black: 'gul',
      yellow: 'ljusorange',
      orange: 'orange',
      grey: 'grå',
      blue: 'blå',
      'light-blue': 'ljusblå',
      green: 'grön',
      'light-green': 'ljusgrön',
      red: 'röd',
      'light-red': 'rosa',
      violet: 'lila',
      'light-violet': 'ljuslila',
      white: 'vit',
    },
  },
}
