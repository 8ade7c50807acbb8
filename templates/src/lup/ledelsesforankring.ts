import type { LocalizedText, TemplateInput } from '@bordduk/shared'

import { CONTENT_BOTTOM, CONTENT_TOP, GAP, MARGIN, SHEET_W, column, row } from '../layout.ts'
import { ledelsesforankringAgenda } from '../agendas/ledelsesforankringAgenda.ts'

/** Height of the column-heading band a table-shaped sheet prints above its rows. */
export const TABLE_HEADING_H = 90

const leaderGroups: [string, LocalizedText][] = [
  ['politisk-niva', { nb: 'Politisk nivå', nn: 'Politisk nivå', en: 'Political level', sv: 'Politisk nivå' }],
  ['toppledelse', { nb: 'Toppledelse', nn: 'Toppleiing', en: 'Top management', sv: 'Högsta ledningen' }],
  ['mellomledere', { nb: 'Mellomledere', nn: 'Mellomleiarar', en: 'Middle managers', sv: 'Mellanchefer' }],
  [
    'tjeneste-og-fagledere',
    {
      nb: 'Tjeneste- og fagledere',
      nn: 'Teneste- og fagleiarar',
      en: 'Service and domain leads',
      sv: 'Verksamhets- och enhetschefer',
    },
  ],
  [
    'stottefunksjoner',
    {
      nb: 'Støttefunksjoner (innkjøp, økonomi, IT, jus)',
      nn: 'Støttefunksjonar (innkjøp, økonomi, IT, jus)',
      en: 'Support functions (procurement, finance, IT, legal)',
      sv: 'Stödfunktioner (inköp, ekonomi, IT, juridik)',
    },
  ],
  [
    'andre',
    {
      nb: 'Andre (partnere, tillitsvalgte, brukerråd)',
      nn: 'Andre (partnarar, tillitsvalde, brukarråd)',
      en: 'Others (partners, union reps, user councils)',
      sv: 'Andra (partner, fackliga företrädare, brukarråd)',
    },
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
  ['oppstart', { nb: 'Oppstart', nn: 'Oppstart', en: 'Start-up', sv: 'Uppstart' }],
  [
    'behovsavklaring',
    { nb: 'Behovsavklaring', nn: 'Behovsavklaring', en: 'Needs clarification', sv: 'Behovsanalys' },
  ],
  [
    'markedsdialog',
    { nb: 'Markedsdialog', nn: 'Marknadsdialog', en: 'Market dialogue', sv: 'Marknadsdialog' },
  ],
  ['konkurranse', { nb: 'Konkurranse', nn: 'Konkurranse', en: 'Competition', sv: 'Konkurrens' }],
  [
    'kontrakt-og-utvikling',
    {
      nb: 'Kontrakt og utvikling',
      nn: 'Kontrakt og utvikling',
      en: 'Contract and development',
      sv: 'Kontrakt och utveckling',
    },
  ],
  ['implementering', { nb: 'Implementering', nn: 'Implementering', en: 'Implementation', sv: 'Införande' }],
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
  { nb: 'Hvilke ledere?', nn: 'Kva leiarar?', en: 'Which leaders?', sv: 'Vilka chefer?' },
  {
    nb: 'Informere, involvere eller beslutte?',
    nn: 'Informere, involvere eller avgjere?',
    en: 'Inform, involve or decide?',
    sv: 'Informera, involvera eller besluta?',
  },
  {
    nb: 'Hvilke ressurser må frigjøres?',
    nn: 'Kva ressursar må frigjerast?',
    en: 'Which resources must be freed?',
    sv: 'Vilka resurser måste frigöras?',
  },
]

/** Ledelsesforankring: which leaders the procurement touches (sheet 1) and when (sheet 2). */
export const ledelsesforankringTemplate: TemplateInput = {
  id: 'lup-ledelsesforankring',
  noteScale: 0.48,
  title: {
    nb: 'Ledelsesforankring',
    nn: 'Leiingsforankring',
    en: 'Leadership anchoring',
    sv: 'Ledningsförankring',
  },
  purpose: {
    nb: 'Kartlegg hvilke ledere anskaffelsen berører, og når hver må være med for å skape enighet, gi ressurser og ta beslutninger.',
    nn: 'Kartlegg kva leiarar anskaffinga påverkar, og når kvar av dei må vere med for å skape semje, gi ressursar og ta avgjerder.',
    en: 'Map which leaders the procurement affects, and when each must be involved to build agreement, commit resources and make decisions.',
    sv: 'Kartlägg vilka chefer upphandlingen berör och när var och en måste vara med för att skapa samsyn, ge resurser och fatta beslut.',
  },
  description: {
    nb: 'To ark: hvem blant lederne som må med og hva dere trenger fra dem, og når i løpet de må involveres.',
    nn: 'To ark: kven blant leiarane som må med og kva de treng frå dei, og når i løpet dei må involverast.',
    en: 'Two sheets: which leaders must be on board and what you need from them, and when in the process to involve them.',
    sv: 'Två ark: vilka chefer som måste vara med och vad ni behöver från dem, och när i processen de ska involveras.',
  },
  whenToUse: {
    nb: 'Tidlig, og igjen før store beslutninger: når anskaffelsen trenger ledere som eiere.',
    nn: 'Tidleg, og igjen før store avgjerder: når anskaffinga treng leiarar som eigarar.',
    en: 'Early, and again before big decisions: when the procurement needs leaders as owners.',
    sv: 'Tidigt, och igen före stora beslut: när upphandlingen behöver chefer som ägare.',
  },
  sheets: [
    {
      id: 'hvem',
      title: { nb: 'Hvem', nn: 'Kven', en: 'Who', sv: 'Vilka' },
      columns: [
        {
          nb: 'Hva betyr anskaffelsen for dem?',
          nn: 'Kva tyder anskaffinga for dei?',
          en: 'What does it mean for them?',
          sv: 'Vad betyder upphandlingen för dem?',
        },
        {
          nb: 'Hva trenger vi fra dem (beslutning, tid, folk, kompetanse, enighet)?',
          nn: 'Kva treng vi frå dei (avgjerd, tid, folk, kompetanse, semje)?',
          en: 'What do we need from them (decision, time, people, competence, agreement)?',
          sv: 'Vad behöver vi från dem (beslut, tid, personal, kompetens, samsyn)?',
        },
        {
          nb: 'Hva er de opptatt av?',
          nn: 'Kva er dei opptekne av?',
          en: 'What do they care about?',
          sv: 'Vad är de intresserade av?',
        },
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
      title: { nb: 'Når', nn: 'Når', en: 'When', sv: 'När' },
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
          title: {
            nb: 'Viktige beslutningspunkter',
            nn: 'Viktige avgjerdspunkt',
            en: 'Key decision points',
            sv: 'Viktiga beslutspunkter',
          },
          area: band[0]!,
        },
        {
          id: 'risiko-og-tiltak',
          number: '8',
          title: {
            nb: 'Risiko og tiltak',
            nn: 'Risiko og tiltak',
            en: 'Risks and actions',
            sv: 'Risker och åtgärder',
          },
          area: band[1]!,
        },
      ],
    },
  ],
  agenda: ledelsesforankringAgenda,
}
