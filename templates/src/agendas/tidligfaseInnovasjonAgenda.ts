import type { TemplateAgendaStep } from '@bordduk/shared'

/** Tidligfase innovasjon: first whether the method fits, then its five phases in order. */
export const tidligfaseInnovasjonAgenda: TemplateAgendaStep[] = [
  {
    id: 'passer-metoden',
    sectionIds: ['passer-metoden'],
    minutes: 8,
    title: {
      nb: 'Passer metoden?',
      nn: 'Passar metoden?',
      en: 'Does the method fit?',
      sv: 'Passar metoden?',
    },
    instruction: {
      nb: 'Gå gjennom sjekklista sammen og kryss av det som stemmer. Stopp opp om det meste ikke gjør det.',
      nn: 'Gå gjennom sjekklista saman og kryss av det som stemmer. Stopp opp om det meste ikkje gjer det.',
      en: 'Go through the checklist together and tick what holds. Pause if most of it does not.',
      sv: 'Gå igenom checklistan tillsammans och kryssa i det som stämmer. Stanna upp om det mesta inte gör det.',
    },
  },
  {
    id: 'forberedelse',
    sectionIds: ['forberedelse'],
    minutes: 10,
    title: { nb: 'Forberedelse', nn: 'Førebuing', en: 'Preparation', sv: 'Förberedelse' },
    instruction: {
      nb: 'Skriv en kort behovsbeskrivelse, kilder til inspirasjon og nøkkelaktørene.',
      nn: 'Skriv ei kort behovsskildring, kjelder til inspirasjon og nøkkelaktørane.',
      en: 'Write a short needs description, sources of inspiration and the key actors.',
      sv: 'Skriv en kort behovsbeskrivning, källor till inspiration och nyckelaktörerna.',
    },
  },
  {
    id: 'oppstart',
    sectionIds: ['oppstart'],
    minutes: 8,
    title: { nb: 'Oppstart', nn: 'Oppstart', en: 'Getting started', sv: 'Uppstart' },
    instruction: {
      nb: 'Hvem er i prosjektgruppa, og hva er målene for samlingen?',
      nn: 'Kven er i prosjektgruppa, og kva er måla for samlinga?',
      en: 'Who is on the team, and what are the goals for the gathering?',
      sv: 'Vilka är med i projektgruppen, och vilka är målen för träffen?',
    },
  },
  {
    id: 'rigge-samling',
    sectionIds: ['rigge-samling'],
    minutes: 10,
    title: {
      nb: 'Rigge samlingen',
      nn: 'Rigge samlinga',
      en: 'Set up the gathering',
      sv: 'Förbered träffen',
    },
    instruction: {
      nb: 'Bestem hvem som inviteres, hvor, programmet og hvem som gjør hva.',
      nn: 'Avgjer kven som blir inviterte, kvar, programmet og kven som gjer kva.',
      en: 'Decide who is invited, where, the programme, and who does what.',
      sv: 'Bestäm vilka som bjuds in, var, programmet och vem som gör vad.',
    },
  },
  {
    id: 'innovasjonssamling',
    sectionIds: ['innovasjonssamling'],
    minutes: 10,
    title: {
      nb: 'Innovasjonssamlingen',
      nn: 'Innovasjonssamlinga',
      en: 'The gathering',
      sv: 'Innovationsträffen',
    },
    instruction: {
      nb: 'Planlegg hvordan innbyggere og aktører skaper ideer sammen på dagen.',
      nn: 'Planlegg korleis innbyggjarar og aktørar skaper idear saman på dagen.',
      en: 'Plan how residents and actors will create ideas together on the day.',
      sv: 'Planera hur invånare och aktörer tillsammans tar fram idéer under dagen.',
    },
  },
  {
    id: 'etterarbeid',
    sectionIds: ['etterarbeid'],
    minutes: 8,
    title: { nb: 'Etterarbeid', nn: 'Etterarbeid', en: 'Follow-up', sv: 'Efterarbete' },
    instruction: {
      nb: 'Skriv hvordan dere oppsummerer, hvem som beslutter, og hva som kan bli en anskaffelse.',
      nn: 'Skriv korleis de summerer opp, kven som avgjer, og kva som kan bli ei anskaffing.',
      en: 'Write how you will sum up, who decides, and what could become a procurement.',
      sv: 'Skriv hur ni sammanfattar, vem som beslutar och vad som kan bli en upphandling.',
    },
  },
]
