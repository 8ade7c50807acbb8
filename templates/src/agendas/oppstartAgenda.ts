import type { TemplateAgendaStep } from '@bordduk/shared'

/** Oppstart in the sheet's own order: name and goals, what steers us, people, time and money, risk, next steps. */
export const oppstartAgenda: TemplateAgendaStep[] = [
  {
    id: 'navn-og-mal',
    sectionIds: ['anskaffelsen', 'mal-og-hensikt'],
    minutes: 10,
    title: { nb: 'Navn og mål', nn: 'Namn og mål', en: 'Name and goals', sv: 'Namn och mål' },
    instruction: {
      nb: 'Gi anskaffelsen et navn i midtfeltet, og skriv hvilken endring dere vil oppnå og for hvem.',
      nn: 'Gi anskaffinga eit namn i midtfeltet, og skriv kva endring de vil oppnå og for kven.',
      en: 'Name the procurement in the centre field, then write the change you want and for whom.',
      sv: 'Ge upphandlingen ett namn i mittfältet och skriv vilken förändring ni vill uppnå och för vem.',
    },
  },
  {
    id: 'foringer-og-rammer',
    sectionIds: ['strategiske-foringer', 'rammebetingelser'],
    minutes: 10,
    title: {
      nb: 'Føringer og rammer',
      nn: 'Føringar og rammer',
      en: 'Direction and constraints',
      sv: 'Styrning och ramar',
    },
    instruction: {
      nb: 'Én lapp per plan, lov eller avtale som styrer anskaffelsen – skriv hvor den kommer fra.',
      nn: 'Éin lapp per plan, lov eller avtale som styrer anskaffinga – skriv kvar han kjem frå.',
      en: 'One note per plan, law or agreement that steers the procurement – say where it comes from.',
      sv: 'En lapp per plan, lag eller avtal som styr upphandlingen – skriv var den kommer ifrån.',
    },
  },
  {
    id: 'mennesker',
    sectionIds: ['mennesker-og-kompetanse'],
    minutes: 8,
    title: {
      nb: 'Mennesker og kompetanse',
      nn: 'Menneske og kompetanse',
      en: 'People and competence',
      sv: 'Människor och kompetens',
    },
    instruction: {
      nb: 'Skriv hvem som må være med, og marker kompetansen dere mangler.',
      nn: 'Skriv kven som må vere med, og merk kompetansen de manglar.',
      en: 'Write who must take part, and mark the competence you lack.',
      sv: 'Skriv vilka som måste vara med och markera den kompetens ni saknar.',
    },
  },
  {
    id: 'tid-og-penger',
    sectionIds: ['tid', 'penger'],
    minutes: 10,
    title: { nb: 'Tid og penger', nn: 'Tid og pengar', en: 'Time and money', sv: 'Tid och pengar' },
    instruction: {
      nb: 'Skriv milepæler og frister, budsjettet og hvor det kan komme støtte fra.',
      nn: 'Skriv milepålar og fristar, budsjettet og kvar det kan kome støtte frå.',
      en: 'Write milestones and deadlines, the budget, and where support might come from.',
      sv: 'Skriv milstolpar och tidsfrister, budgeten och var stöd kan komma ifrån.',
    },
  },
  {
    id: 'type-og-risiko',
    sectionIds: ['type-anskaffelse-og-risiko'],
    minutes: 10,
    title: { nb: 'Type og risiko', nn: 'Type og risiko', en: 'Kind and risk', sv: 'Typ och risk' },
    instruction: {
      nb: 'Bli enige om type anskaffelse, og skriv de største risikoene med ett tiltak for hver.',
      nn: 'Bli samde om type anskaffing, og skriv dei største risikoane med eitt tiltak for kvar.',
      en: 'Agree on the kind of procurement, and write the biggest risks with one action for each.',
      sv: 'Kom överens om typ av upphandling och skriv de största riskerna med en åtgärd för varje.',
    },
  },
  {
    id: 'neste-steg',
    sectionIds: ['neste-steg'],
    minutes: 7,
    title: { nb: 'Neste steg', nn: 'Neste steg', en: 'Next steps', sv: 'Nästa steg' },
    instruction: {
      nb: 'Én lapp per oppgave, med navn og dato.',
      nn: 'Éin lapp per oppgåve, med namn og dato.',
      en: 'One note per task, with a name and a date.',
      sv: 'En lapp per uppgift, med namn och datum.',
    },
  },
]
