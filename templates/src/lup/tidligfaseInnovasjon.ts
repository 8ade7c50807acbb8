import type { TemplateInput } from '@bordduk/shared'

import { CONTENT_BOTTOM, CONTENT_TOP, GAP, MARGIN, SHEET_W, row } from '../layout.ts'
import { tidligfaseInnovasjonAgenda } from '../agendas/tidligfaseInnovasjonAgenda.ts'

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
  title: {
    nb: 'Tidligfase innovasjon',
    nn: 'Tidlegfase innovasjon',
    en: 'Early-phase innovation',
    sv: 'Innovation i tidigt skede',
  },
  purpose: {
    nb: 'Avklar om tidligfase innovasjon passer for utfordringen, og planlegg de fem fasene fram mot og etter innovasjonssamlingen.',
    nn: 'Avklar om tidlegfase innovasjon passar for utfordringa, og planlegg dei fem fasane fram mot og etter innovasjonssamlinga.',
    en: 'Decide whether early-phase innovation fits the challenge, and plan the five phases up to and after the innovation gathering.',
    sv: 'Klargör om innovation i tidigt skede passar för utmaningen, och planera de fem faserna fram till och efter innovationsträffen.',
  },
  description: {
    nb: 'En sjekkliste for om metoden passer, og fem faser fra forberedelse til etterarbeid rundt en innovasjonssamling.',
    nn: 'Ei sjekkliste for om metoden passar, og fem fasar frå førebuing til etterarbeid kring ei innovasjonssamling.',
    en: 'A checklist for whether the method fits, and five phases from preparation to follow-up around an innovation gathering.',
    sv: 'En checklista för om metoden passar, och fem faser från förberedelse till efterarbete kring en innovationsträff.',
  },
  whenToUse: {
    nb: 'Når utfordringen er sammensatt, løsningen ukjent og innbyggere og andre aktører bør skape den sammen med dere.',
    nn: 'Når utfordringa er samansett, løysinga ukjend og innbyggjarar og andre aktørar bør skape henne saman med dykk.',
    en: 'When the challenge is complex, the solution unknown, and residents and other actors should shape it with you.',
    sv: 'När utmaningen är komplex, lösningen okänd och invånare och andra aktörer bör forma den tillsammans med er.',
  },
  sheets: [
    {
      id: 'tidligfase',
      title: {
        nb: 'Tidligfase innovasjon',
        nn: 'Tidlegfase innovasjon',
        en: 'Early-phase innovation',
        sv: 'Innovation i tidigt skede',
      },
      sections: [
        {
          id: 'passer-metoden',
          title: {
            nb: 'Passer tidligfase innovasjon?',
            nn: 'Passar tidlegfase innovasjon?',
            en: 'Is early-phase innovation right?',
            sv: 'Passar innovation i tidigt skede?',
          },
          prompts: [
            {
              nb: 'Kryss av det som stemmer for dere.',
              nn: 'Kryss av det som stemmer for dykk.',
              en: 'Tick what holds for you.',
              sv: 'Kryssa för det som stämmer för er.',
            },
          ],
          kind: 'checklist',
          area: { x: MARGIN, y: CONTENT_TOP, w: CHECKLIST_W, h: CONTENT_BOTTOM - CONTENT_TOP },
          items: [
            {
              id: 'sammensatt',
              label: {
                nb: 'Utfordringen er sammensatt og har ingen kjent løsning.',
                nn: 'Utfordringa er samansett og har inga kjend løysing.',
                en: 'The challenge is complex and has no known solution.',
                sv: 'Utmaningen är komplex och har ingen känd lösning.',
              },
            },
            {
              id: 'mange-aktorer',
              label: {
                nb: 'Mange aktører må bidra, også innbyggere.',
                nn: 'Mange aktørar må bidra, også innbyggjarar.',
                en: 'Many actors must contribute, residents included.',
                sv: 'Många aktörer måste bidra, även invånare.',
              },
            },
            {
              id: 'apne-for-utfall',
              label: {
                nb: 'Vi er åpne for uventede utfall.',
                nn: 'Vi er opne for uventa utfall.',
                en: 'We are open to unexpected outcomes.',
                sv: 'Vi är öppna för oväntade utfall.',
              },
            },
            {
              id: 'ledelsen-stotter',
              label: {
                nb: 'Ledelsen støtter at vi prøver metoden.',
                nn: 'Leiinga støttar at vi prøver metoden.',
                en: 'Leadership supports trying the method.',
                sv: 'Ledningen stöder att vi prövar metoden.',
              },
            },
            {
              id: 'tid-og-folk',
              label: {
                nb: 'Vi kan sette av tid og folk.',
                nn: 'Vi kan setje av tid og folk.',
                en: 'We can set aside time and people.',
                sv: 'Vi kan avsätta tid och personal.',
              },
            },
          ],
        },
        {
          id: 'forberedelse',
          number: '1',
          title: { nb: 'Forberedelse', nn: 'Førebuing', en: 'Preparation', sv: 'Förberedelse' },
          prompts: [
            {
              nb: 'Kort behovsbeskrivelse; inspirasjon og erfaringer; nøkkelaktører; politisk og administrativ forankring.',
              nn: 'Kort behovsskildring; inspirasjon og erfaringar; nøkkelaktørar; politisk og administrativ forankring.',
              en: 'Short needs description; inspiration; key actors; political and administrative backing.',
              sv: 'Kort behovsbeskrivning; inspiration och erfarenheter; nyckelaktörer; politisk och administrativ förankring.',
            },
          ],
          area: phases[0]!,
        },
        {
          id: 'oppstart',
          number: '2',
          title: { nb: 'Oppstart', nn: 'Oppstart', en: 'Getting started', sv: 'Uppstart' },
          prompts: [
            {
              nb: 'Hvem er prosjektgruppen? Mål for samlingen?',
              nn: 'Kven er prosjektgruppa? Mål for samlinga?',
              en: 'Who is the team? Goals for the gathering?',
              sv: 'Vilka är projektgruppen? Mål för träffen?',
            },
          ],
          area: phases[1]!,
        },
        {
          id: 'rigge-samling',
          number: '3',
          title: {
            nb: 'Rigge innovasjonssamling',
            nn: 'Rigge innovasjonssamling',
            en: 'Setting up the gathering',
            sv: 'Förbereda innovationsträffen',
          },
          prompts: [
            {
              nb: 'Hvem inviteres, hvor, program, roller?',
              nn: 'Kven blir inviterte, kvar, program, roller?',
              en: 'Who is invited, where, programme, roles?',
              sv: 'Vilka bjuds in, var, program, roller?',
            },
          ],
          area: phases[2]!,
        },
        {
          id: 'innovasjonssamling',
          number: '4',
          title: {
            nb: 'Innovasjonssamling',
            nn: 'Innovasjonssamling',
            en: 'Innovation gathering',
            sv: 'Innovationsträff',
          },
          prompts: [
            {
              nb: 'Hvordan skaper vi ideer sammen med innbyggere og aktører?',
              nn: 'Korleis skaper vi idear saman med innbyggjarar og aktørar?',
              en: 'How do we create ideas with residents and actors?',
              sv: 'Hur skapar vi idéer tillsammans med invånare och aktörer?',
            },
          ],
          area: phases[3]!,
        },
        {
          id: 'etterarbeid',
          number: '5',
          title: { nb: 'Etterarbeid', nn: 'Etterarbeid', en: 'Follow-up', sv: 'Efterarbete' },
          prompts: [
            {
              nb: 'Oppsummering, beslutning, mulig anskaffelse etterpå.',
              nn: 'Oppsummering, avgjerd, mogleg anskaffing etterpå.',
              en: 'Summary, decision, a possible procurement after.',
              sv: 'Sammanfattning, beslut, en möjlig upphandling efteråt.',
            },
          ],
          area: phases[4]!,
        },
      ],
    },
  ],
  agenda: tidligfaseInnovasjonAgenda,
}
