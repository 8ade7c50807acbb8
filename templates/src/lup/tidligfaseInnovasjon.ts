import type { TemplateInput } from '@bordduk/shared'

import { CONTENT_BOTTOM, CONTENT_TOP, GAP, MARGIN, SHEET_W, row } from '../layout.ts'

const CHECKLIST_W = 380
const phasesX = MARGIN + CHECKLIST_W + GAP
const phases = row(
  CONTENT_TOP,
  CONTENT_BOTTOM - CONTENT_TOP,
  [1, 1, 1, 1, 1],
  phasesX,
  SHEET_W - MARGIN - phasesX,
)

/** Tidligfase innovasjon: is the early-phase method right for us, and the plan for its five phases. */
export const tidligfaseInnovasjonTemplate: TemplateInput = {
  id: 'tidligfase-innovasjon',
  noteScale: 0.48,
  title: { nb: 'Tidligfase innovasjon', en: 'Early-phase innovation' },
  purpose: {
    nb: 'Avklar om tidligfase innovasjon passer for utfordringen, og planlegg de fem fasene fram mot og etter innovasjonssamlingen.',
    en: 'Decide whether early-phase innovation fits the challenge, and plan the five phases up to and after the innovation gathering.',
  },
  description: {
    nb: 'En sjekkliste for om metoden passer, og fem faser fra forberedelse til etterarbeid rundt en innovasjonssamling.',
    en: 'A checklist for whether the method fits, and five phases from preparation to follow-up around an innovation gathering.',
  },
  whenToUse: {
    nb: 'Når utfordringen er sammensatt, løsningen ukjent og innbyggere og andre aktører bør skape den sammen med dere.',
    en: 'When the challenge is complex, the solution unknown, and residents and other actors should shape it with you.',
  },
  sheets: [
    {
      id: 'tidligfase',
      title: { nb: 'Tidligfase innovasjon', en: 'Early-phase innovation' },
      sections: [
        {
          id: 'passer-metoden',
          title: { nb: 'Passer tidligfase innovasjon?', en: 'Is early-phase innovation right?' },
          prompts: [{ nb: 'Kryss av det som stemmer for dere.', en: 'Tick what holds for you.' }],
          kind: 'checklist',
          area: { x: MARGIN, y: CONTENT_TOP, w: CHECKLIST_W, h: CONTENT_BOTTOM - CONTENT_TOP },
          items: [
            {
              id: 'sammensatt',
              label: {
                nb: 'Utfordringen er sammensatt og har ingen kjent løsning.',
                en: 'The challenge is complex and has no known solution.',
              },
            },
            {
              id: 'mange-aktorer',
              label: {
                nb: 'Mange aktører må bidra, også innbyggere.',
                en: 'Many actors must contribute, residents included.',
              },
            },
            {
              id: 'apne-for-utfall',
              label: { nb: 'Vi er åpne for uventede utfall.', en: 'We are open to unexpected outcomes.' },
            },
            {
              id: 'ledelsen-stotter',
              label: {
                nb: 'Ledelsen støtter at vi prøver metoden.',
                en: 'Leadership supports trying the method.',
              },
            },
            {
              id: 'tid-og-folk',
              label: { nb: 'Vi kan sette av tid og folk.', en: 'We can set aside time and people.' },
            },
          ],
        },
        {
          id: 'forberedelse',
          number: '1',
          title: { nb: 'Forberedelse', en: 'Preparation' },
          prompts: [
            {
              nb: 'Kort behovsbeskrivelse; inspirasjon og erfaringer; nøkkelaktører; politisk og administrativ forankring.',
              en: 'Short needs description; inspiration; key actors; political and administrative backing.',
            },
          ],
          area: phases[0]!,
        },
        {
          id: 'oppstart',
          number: '2',
          title: { nb: 'Oppstart', en: 'Getting started' },
          prompts: [
            {
              nb: 'Hvem er prosjektgruppen? Mål for samlingen?',
              en: 'Who is the team? Goals for the gathering?',
            },
          ],
          area: phases[1]!,
        },
        {
          id: 'rigge-samling',
          number: '3',
          title: { nb: 'Rigge innovasjonssamling', en: 'Setting up the gathering' },
          prompts: [
            { nb: 'Hvem inviteres, hvor, program, roller?', en: 'Who is invited, where, programme, roles?' },
          ],
          area: phases[2]!,
        },
        {
          id: 'innovasjonssamling',
          number: '4',
          title: { nb: 'Innovasjonssamling', en: 'Innovation gathering' },
          prompts: [
            {
              nb: 'Hvordan skaper vi ideer sammen med innbyggere og aktører?',
              en: 'How do we create ideas with residents and actors?',
            },
          ],
          area: phases[3]!,
        },
        {
          id: 'etterarbeid',
          number: '5',
          title: { nb: 'Etterarbeid', en: 'Follow-up' },
          prompts: [
            {
              nb: 'Oppsummering, beslutning, mulig anskaffelse etterpå.',
              en: 'Summary, decision, a possible procurement after.',
            },
          ],
          area: phases[4]!,
        },
      ],
    },
  ],
}
