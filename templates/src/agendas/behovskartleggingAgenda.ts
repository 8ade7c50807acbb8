import type { TemplateAgendaStep } from '@bordduk/shared'

/** Behovskartlegging along its path: today, who, how we explore, needs, effects, priorities, the statement, doubts. */
export const behovskartleggingAgenda: TemplateAgendaStep[] = [
  {
    id: 'i-dag-og-hvem',
    sectionIds: ['dagens-situasjon', 'hvem-berores'],
    minutes: 10,
    title: {
      nb: 'I dag og hvem det gjelder',
      nn: 'I dag og kven det gjeld',
      en: 'Today and who it concerns',
      sv: 'I dag och vilka det gäller',
    },
    instruction: {
      nb: 'Beskriv hvordan dette løses i dag, og skriv hvem som berøres – én lapp hver.',
      nn: 'Skildre korleis dette blir løyst i dag, og skriv kven som blir påverka – éin lapp kvar.',
      en: 'Describe how this is solved today, and write who is affected – one note each.',
      sv: 'Beskriv hur detta löses i dag och skriv vilka som berörs – en lapp var.',
    },
  },
  {
    id: 'utforske',
    sectionIds: ['utforske-behovet'],
    minutes: 8,
    title: { nb: 'Slik utforsker vi', nn: 'Slik utforskar vi', en: 'How we explore', sv: 'Så utforskar vi' },
    instruction: {
      nb: 'Planlegg intervju, observasjon eller data: hvem gjør hva, og når?',
      nn: 'Planlegg intervju, observasjon eller data: kven gjer kva, og når?',
      en: 'Plan interviews, observation or data: who does what, and when?',
      sv: 'Planera intervjuer, observationer eller data: vem gör vad, och när?',
    },
  },
  {
    id: 'behov',
    sectionIds: ['behov-vi-har-funnet'],
    minutes: 12,
    title: {
      nb: 'Behov vi har funnet',
      nn: 'Behov vi har funne',
      en: 'Needs we found',
      sv: 'Behov vi har hittat',
    },
    instruction: {
      nb: 'Skriv behov, ikke løsninger: begynn hver lapp med «Vi trenger å …».',
      nn: 'Skriv behov, ikkje løysingar: byrj kvar lapp med «Vi treng å …».',
      en: 'Write needs, not solutions: start each note with “We need to …”.',
      sv: 'Skriv behov, inte lösningar: börja varje lapp med ”Vi behöver …”.',
    },
  },
  {
    id: 'effekter',
    sectionIds: ['onskede-effekter'],
    minutes: 8,
    title: { nb: 'Ønskede effekter', nn: 'Ønskte effektar', en: 'Desired effects', sv: 'Önskade effekter' },
    instruction: {
      nb: 'Skriv effekten dere ønsker for brukere, virksomhet og samfunn – og hvordan den kan måles.',
      nn: 'Skriv effekten de ønskjer for brukarar, verksemd og samfunn – og korleis han kan målast.',
      en: 'Write the effect you want for users, the organisation and society – and how to measure it.',
      sv: 'Skriv den effekt ni vill ha för brukare, verksamhet och samhälle – och hur den kan mätas.',
    },
  },
  {
    id: 'prioriter',
    sectionIds: ['prioritering'],
    minutes: 10,
    title: { nb: 'Prioriter', nn: 'Prioriter', en: 'Prioritise', sv: 'Prioritera' },
    instruction: {
      nb: 'Sorter behovene i må, bør og kan.',
      nn: 'Sorter behova i må, bør og kan.',
      en: 'Sort the needs into must, should and could.',
      sv: 'Sortera behoven i måste, bör och kan.',
    },
  },
  {
    id: 'behovsbeskrivelse',
    sectionIds: ['behovsbeskrivelse'],
    minutes: 12,
    title: { nb: 'Til markedet', nn: 'Til marknaden', en: 'For the market', sv: 'Till marknaden' },
    instruction: {
      nb: 'Skriv de 3–5 viktigste behovene i klart språk, slik leverandørene skal lese dem.',
      nn: 'Skriv dei 3–5 viktigaste behova i klart språk, slik leverandørane skal lese dei.',
      en: 'Write the 3–5 key needs in plain words, as suppliers will read them.',
      sv: 'Skriv de 3–5 viktigaste behoven i klarspråk, så som leverantörerna ska läsa dem.',
    },
  },
  {
    id: 'usikkerhet',
    sectionIds: ['usikkerhet'],
    minutes: 6,
    title: { nb: 'Usikkerhet', nn: 'Uvisse', en: 'Uncertainty', sv: 'Osäkerhet' },
    instruction: {
      nb: 'Hva tror dere, men vet ikke? Skriv hvordan dere sjekker det.',
      nn: 'Kva trur de, men veit ikkje? Skriv korleis de sjekkar det.',
      en: 'What do you believe but not know? Write how you will check it.',
      sv: 'Vad tror ni men vet inte? Skriv hur ni ska kontrollera det.',
    },
  },
]
