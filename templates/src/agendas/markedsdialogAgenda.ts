import type { TemplateAgendaStep } from '@bordduk/shared'

/** Markedsdialog in the sheet's order: why, whom, how and where, when, fair play, questions, afterwards. */
export const markedsdialogAgenda: TemplateAgendaStep[] = [
  {
    id: 'hensikt',
    sectionIds: ['hensikt'],
    minutes: 8,
    title: { nb: 'Hensikt', nn: 'Føremål', en: 'Purpose', sv: 'Syfte' },
    instruction: {
      nb: 'Skriv hva dere vil lære av markedet, og hva markedet skal få vite om dere.',
      nn: 'Skriv kva de vil lære av marknaden, og kva marknaden skal få vite om dykk.',
      en: 'Write what you want to learn from the market, and what it should know about you.',
      sv: 'Skriv vad ni vill lära er av marknaden och vad marknaden ska få veta om er.',
    },
  },
  {
    id: 'hvem',
    sectionIds: ['hvem-i-markedet'],
    minutes: 8,
    title: {
      nb: 'Hvem i markedet',
      nn: 'Kven i marknaden',
      en: 'Who in the market',
      sv: 'Vilka på marknaden',
    },
    instruction: {
      nb: 'List leverandører, bransjer og andre dere vil nå – og hvordan dere finner dem.',
      nn: 'List opp leverandørar, bransjar og andre de vil nå – og korleis de finn dei.',
      en: 'List suppliers, industries and others to reach – and how you will find them.',
      sv: 'Lista leverantörer, branscher och andra ni vill nå – och hur ni hittar dem.',
    },
  },
  {
    id: 'former-og-kunngjoring',
    sectionIds: ['dialogformer', 'kunngjoring'],
    minutes: 10,
    title: {
      nb: 'Form og kunngjøring',
      nn: 'Form og kunngjering',
      en: 'Forms and announcement',
      sv: 'Former och annonsering',
    },
    instruction: {
      nb: 'Velg dialogformer, og bestem hvor dere kunngjør og hva invitasjonen sier.',
      nn: 'Vel dialogformer, og avgjer kvar de kunngjer og kva invitasjonen seier.',
      en: 'Choose forms of dialogue, and decide where to announce and what the invitation says.',
      sv: 'Välj dialogformer och bestäm var ni annonserar och vad inbjudan säger.',
    },
  },
  {
    id: 'tidsplan',
    sectionIds: ['tidsplan'],
    minutes: 8,
    title: { nb: 'Tidsplan', nn: 'Tidsplan', en: 'Timeline', sv: 'Tidsplan' },
    instruction: {
      nb: 'Sett datoer og ansvarlige på tidslinja, fra kunngjøring til oppsummering.',
      nn: 'Set datoar og ansvarlege på tidslina, frå kunngjering til oppsummering.',
      en: 'Put dates and owners on the timeline, from announcement to summary.',
      sv: 'Sätt datum och ansvariga på tidslinjen, från annonsering till sammanfattning.',
    },
  },
  {
    id: 'likebehandling',
    sectionIds: ['likebehandling'],
    minutes: 7,
    title: { nb: 'Likebehandling', nn: 'Likehandsaming', en: 'Equal treatment', sv: 'Likabehandling' },
    instruction: {
      nb: 'Bli enige om hvordan alle får samme informasjon, og hva som holdes fortrolig.',
      nn: 'Bli samde om korleis alle får same informasjon, og kva som blir halde fortruleg.',
      en: 'Agree how everyone gets the same information, and what stays confidential.',
      sv: 'Kom överens om hur alla får samma information och vad som hålls konfidentiellt.',
    },
  },
  {
    id: 'sporsmal',
    sectionIds: ['sporsmal'],
    minutes: 10,
    title: { nb: 'Spørsmål', nn: 'Spørsmål', en: 'Questions', sv: 'Frågor' },
    instruction: {
      nb: 'Skriv spørsmålene dere vil stille leverandørene – ett per lapp.',
      nn: 'Skriv spørsmåla de vil stille leverandørane – eitt per lapp.',
      en: 'Write the questions you will ask suppliers – one per note.',
      sv: 'Skriv frågorna ni vill ställa till leverantörerna – en per lapp.',
    },
  },
  {
    id: 'etterpa',
    sectionIds: ['etter-dialogen'],
    minutes: 7,
    title: { nb: 'Etter dialogen', nn: 'Etter dialogen', en: 'After the dialogue', sv: 'Efter dialogen' },
    instruction: {
      nb: 'Bestem hvordan dere oppsummerer innspill, justerer behovet og velger prosedyre.',
      nn: 'Avgjer korleis de summerer opp innspel, justerer behovet og vel prosedyre.',
      en: 'Decide how you will sum up input, adjust the need and choose a procedure.',
      sv: 'Bestäm hur ni sammanfattar synpunkter, justerar behovet och väljer förfarande.',
    },
  },
]
