import type { TemplateAgendaStep } from '@bordduk/shared'

const columnsInstruction = {
  nb: 'Fyll de tre kolonnene for hver ledergruppe: hva det betyr for dem, hva dere trenger, hva de er opptatt av.',
  nn: 'Fyll dei tre kolonnane for kvar leiargruppe: kva det tyder for dei, kva de treng, kva dei er opptekne av.',
  en: 'Fill the three columns for each leader group: what it means to them, what you need, what they care about.',
  sv: 'Fyll i de tre kolumnerna för varje chefsgrupp: vad det betyder för dem, vad ni behöver, vad de bryr sig om.',
}
const phasesInstruction = {
  nb: 'For hver fase: hvilke ledere, skal de informeres, involveres eller beslutte, og hva må frigjøres?',
  nn: 'For kvar fase: kva leiarar, skal dei informerast, involverast eller avgjere, og kva må frigjerast?',
  en: 'For each phase: which leaders, are they informed, involved or deciding, and what must be freed?',
  sv: 'För varje fas: vilka chefer, ska de informeras, involveras eller besluta, och vad måste frigöras?',
}

/** Ledelsesforankring: the "who" sheet row by row, then the "when" sheet phase by phase, then decisions and risks. */
export const ledelsesforankringAgenda: TemplateAgendaStep[] = [
  {
    id: 'politikk-og-toppledelse',
    sectionIds: ['politisk-niva', 'toppledelse'],
    minutes: 10,
    title: {
      nb: 'Politikere og toppledelse',
      nn: 'Politikarar og toppleiing',
      en: 'Politicians and top management',
      sv: 'Politiker och högsta ledningen',
    },
    instruction: columnsInstruction,
  },
  {
    id: 'ledere-i-tjenesten',
    sectionIds: ['mellomledere', 'tjeneste-og-fagledere'],
    minutes: 10,
    title: {
      nb: 'Ledere i tjenesten',
      nn: 'Leiarar i tenesta',
      en: 'Leaders in the service',
      sv: 'Chefer i verksamheten',
    },
    instruction: columnsInstruction,
  },
  {
    id: 'stotte-og-andre',
    sectionIds: ['stottefunksjoner', 'andre'],
    minutes: 8,
    title: {
      nb: 'Støttefunksjoner og andre',
      nn: 'Støttefunksjonar og andre',
      en: 'Support functions and others',
      sv: 'Stödfunktioner och andra',
    },
    instruction: columnsInstruction,
  },
  {
    id: 'tidlige-faser',
    sectionIds: ['oppstart', 'behovsavklaring', 'markedsdialog'],
    minutes: 10,
    title: {
      nb: 'Fra oppstart til markedsdialog',
      nn: 'Frå oppstart til marknadsdialog',
      en: 'From start-up to market dialogue',
      sv: 'Från uppstart till marknadsdialog',
    },
    instruction: phasesInstruction,
  },
  {
    id: 'sene-faser',
    sectionIds: ['konkurranse', 'kontrakt-og-utvikling', 'implementering'],
    minutes: 10,
    title: {
      nb: 'Fra konkurranse til implementering',
      nn: 'Frå konkurranse til implementering',
      en: 'From competition to implementation',
      sv: 'Från konkurrens till införande',
    },
    instruction: phasesInstruction,
  },
  {
    id: 'beslutninger-og-risiko',
    sectionIds: ['beslutningspunkter', 'risiko-og-tiltak'],
    minutes: 10,
    title: {
      nb: 'Beslutninger og risiko',
      nn: 'Avgjerder og risiko',
      en: 'Decisions and risks',
      sv: 'Beslut och risker',
    },
    instruction: {
      nb: 'Marker de viktige beslutningene, og hva som skjer om en leder mangler – med et tiltak for hver.',
      nn: 'Merk dei viktige avgjerdene, og kva som skjer om ein leiar manglar – med eit tiltak for kvar.',
      en: 'Mark the key decisions, and what happens if a leader is missing – with an action for each.',
      sv: 'Markera de viktiga besluten och vad som händer om en chef saknas – med en åtgärd för varje.',
    },
  },
]
