import type { LocalizedText, TemplateInput } from '@bordduk/shared'

import { CONTENT_BOTTOM, CONTENT_TOP, GAP, MARGIN, SHEET_W, column, row } from '../layout.ts'

/** Height of the column-heading band a table-shaped sheet prints above its rows. */
export const TABLE_HEADING_H = 90

const leaderGroups: [string, LocalizedText][] = [
  ['politisk-niva', { nb: 'Politisk nivå', en: 'Political level' }],
  ['toppledelse', { nb: 'Toppledelse', en: 'Top management' }],
  ['mellomledere', { nb: 'Mellomledere', en: 'Middle managers' }],
  ['tjeneste-og-fagledere', { nb: 'Tjeneste- og fagledere', en: 'Service and domain leads' }],
  [
    'stottefunksjoner',
    {
      nb: 'Støttefunksjoner (innkjøp, økonomi, IT, jus)',
      en: 'Support functions (procurement, finance, IT, legal)',
    },
  ],
  [
    'andre',
    { nb: 'Andre (partnere, tillitsvalgte, brukerråd)', en: 'Others (partners, union reps, user councils)' },
  ],
]
const rowsTop = CONTENT_TOP + TABLE_HEADING_H
const tableRows = column(
  MARGIN,
  SHEET_W - 2 * MARGIN,
  rowsTop,
  CONTENT_BOTTOM - rowsTop,
  leaderGroups.length,
  8,
)

const phases: [string, LocalizedText][] = [
  ['oppstart', { nb: 'Oppstart', en: 'Start-up' }],
  ['behovsavklaring', { nb: 'Behovsavklaring', en: 'Needs clarification' }],
  ['markedsdialog', { nb: 'Markedsdialog', en: 'Market dialogue' }],
  ['konkurranse', { nb: 'Konkurranse', en: 'Competition' }],
  ['kontrakt-og-utvikling', { nb: 'Kontrakt og utvikling', en: 'Contract and development' }],
  ['implementering', { nb: 'Implementering', en: 'Implementation' }],
]
const PHASE_H = 640
const phaseColumns = row(
  CONTENT_TOP,
  PHASE_H,
  phases.map(() => 1),
)
const bandY = CONTENT_TOP + PHASE_H + GAP
const band = row(bandY, CONTENT_BOTTOM - bandY, [1, 1])
const phasePrompts: LocalizedText[] = [
  { nb: 'Hvilke ledere?', en: 'Which leaders?' },
  { nb: 'Informere, involvere eller beslutte?', en: 'Inform, involve or decide?' },
  { nb: 'Hvilke ressurser må frigjøres?', en: 'Which resources must be freed?' },
]

/** Ledelsesforankring: which leaders the procurement touches (sheet 1) and when (sheet 2). */
export const ledelsesforankringTemplate: TemplateInput = {
  id: 'lup-ledelsesforankring',
  noteScale: 0.48,
  title: { nb: 'Ledelsesforankring', en: 'Leadership anchoring' },
  purpose: {
    nb: 'Kartlegg hvilke ledere anskaffelsen berører, og når hver må være med for å skape enighet, gi ressurser og ta beslutninger.',
    en: 'Map which leaders the procurement affects, and when each must be involved to build agreement, commit resources and make decisions.',
  },
  description: {
    nb: 'To ark: hvem blant lederne som må med og hva dere trenger fra dem, og når i løpet de må involveres.',
    en: 'Two sheets: which leaders must be on board and what you need from them, and when in the process to involve them.',
  },
  whenToUse: {
    nb: 'Tidlig, og igjen før store beslutninger: når anskaffelsen trenger ledere som eiere.',
    en: 'Early, and again before big decisions: when the procurement needs leaders as owners.',
  },
  sheets: [
    {
      id: 'hvem',
      title: { nb: 'Hvem', en: 'Who' },
      columns: [
        { nb: 'Hva betyr anskaffelsen for dem?', en: 'What does it mean for them?' },
        {
          nb: 'Hva trenger vi fra dem (beslutning, tid, folk, kompetanse, enighet)?',
          en: 'What do we need from them (decision, time, people, competence, agreement)?',
        },
        { nb: 'Hva er de opptatt av?', en: 'What do they care about?' },
      ],
      sections: leaderGroups.map(([id, title], i) => ({
        id,
        number: String(i + 1),
        title,
        kind: 'tableRow' as const,
        area: tableRows[i]!,
      })),
    },
    {
      id: 'nar',
      title: { nb: 'Når', en: 'When' },
      sections: [
        ...phases.map(([id, title], i) => ({
          id,
          number: String(i + 1),
          title,
          prompts: phasePrompts,
          area: phaseColumns[i]!,
        })),
        {
          id: 'beslutningspunkter',
          number: '7',
          title: { nb: 'Viktige beslutningspunkter', en: 'Key decision points' },
          area: band[0]!,
        },
        {
          id: 'risiko-og-tiltak',
          number: '8',
          title: { nb: 'Risiko og tiltak', en: 'Risks and actions' },
          area: band[1]!,
        },
      ],
    },
  ],
}
