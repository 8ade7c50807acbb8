import type { TemplateInput } from '@bordduk/shared'

import { CONTENT_BOTTOM, CONTENT_TOP, GAP, SHEET_W, row } from '../layout.ts'

// Heights chosen so every section holds two rows of four notes below its prompts (see
// tests/bench/notesPerSection.ts); the centre field needs only a line or two.
const TOP_H = 428
const FIELD_H = 96
const top = row(CONTENT_TOP, TOP_H, [1, 1, 1, 1])
const fieldY = CONTENT_TOP + TOP_H + GAP
const bottomY = fieldY + FIELD_H + GAP
const bottom = row(bottomY, CONTENT_BOTTOM - bottomY, [1, 1, 1, 1])
const FIELD_W = 760

/** Oppstart: why this procurement, what steers it, what we have to work with. */
export const oppstartTemplate: TemplateInput = {
  id: 'lup-oppstart',
  noteScale: 0.42,
  title: { nb: 'Oppstart', en: 'Startup' },
  purpose: {
    nb: 'Få felles bilde av hvorfor vi skal gjøre denne anskaffelsen, hva som styrer den, og hva vi har å gå på.',
    en: 'Agree on why we are doing this procurement, what steers it, and what we have to work with.',
  },
  description: {
    nb: 'Første møte i anskaffelsesgruppa: mål, føringer, rammer, folk, tid, penger, risiko og neste steg på ett ark.',
    en: 'The procurement group’s first meeting: goals, direction, constraints, people, time, money, risk and next steps on one sheet.',
  },
  whenToUse: {
    nb: 'Når en ny anskaffelse skal i gang og gruppa trenger et felles utgangspunkt.',
    en: 'When a new procurement starts and the group needs a shared starting point.',
  },
  sheets: [
    {
      id: 'oppstart',
      title: { nb: 'Oppstart', en: 'Startup' },
      paper: 'A1',
      orientation: 'landscape',
      sections: [
        {
          id: 'mal-og-hensikt',
          number: '1',
          title: { nb: 'Mål og hensikt', en: 'Goals and purpose' },
          prompts: [
            { nb: 'Hvilken endring vil vi oppnå, og for hvem?', en: 'What change do we want, and for whom?' },
            { nb: 'Hvordan vet vi at vi har lyktes?', en: 'How will we know we succeeded?' },
          ],
          area: top[0]!,
        },
        {
          id: 'strategiske-foringer',
          number: '2',
          title: { nb: 'Strategiske føringer', en: 'Strategic direction' },
          prompts: [
            {
              nb: 'Hvilke planer og strategier i virksomheten peker hit (kommuneplan, anskaffelsesstrategi, klima, digitalisering)?',
              en: 'Which of our plans and strategies point here (municipal plan, procurement strategy, climate, digitalisation)?',
            },
            { nb: 'Hvilke politiske mål berøres?', en: 'Which political goals are touched?' },
          ],
          area: top[1]!,
        },
        {
          id: 'rammebetingelser',
          number: '3',
          title: { nb: 'Rammebetingelser', en: 'Framework conditions' },
          prompts: [
            {
              nb: 'Lover, avtaler og kontrakter som gjelder i dag?',
              en: 'Laws, agreements and contracts in force?',
            },
            { nb: 'Tekniske eller praktiske begrensninger?', en: 'Technical or practical limits?' },
          ],
          area: top[2]!,
        },
        {
          id: 'mennesker-og-kompetanse',
          number: '4',
          title: { nb: 'Mennesker og kompetanse', en: 'People and competence' },
          prompts: [
            {
              nb: 'Hvem må være med (brukere, fagfolk, innkjøp, jus, IT, ledere)?',
              en: 'Who must take part (users, experts, procurement, legal, IT, leaders)?',
            },
            { nb: 'Hvilken kompetanse mangler vi?', en: 'What competence do we lack?' },
          ],
          area: top[3]!,
        },
        {
          id: 'anskaffelsen',
          title: { nb: 'Anskaffelsen', en: 'The procurement' },
          prompts: [{ nb: 'Hva kaller vi anskaffelsen?', en: 'What do we call this procurement?' }],
          kind: 'field',
          area: { x: Math.round((SHEET_W - FIELD_W) / 2), y: fieldY, w: FIELD_W, h: FIELD_H },
        },
        {
          id: 'tid',
          number: '5',
          title: { nb: 'Tid', en: 'Time' },
          prompts: [
            { nb: 'Viktige milepæler og frister?', en: 'Key milestones and deadlines?' },
            { nb: 'Hvor mye tid kan hver bidra med?', en: 'How much time can each person give?' },
          ],
          area: bottom[0]!,
        },
        {
          id: 'penger',
          number: '6',
          title: { nb: 'Penger', en: 'Money' },
          prompts: [
            {
              nb: 'Budsjett for prosessen og for løsningen?',
              en: 'Budget for the process and for the solution?',
            },
            { nb: 'Mulig støtte og finansiering?', en: 'Possible support and funding?' },
          ],
          area: bottom[1]!,
        },
        {
          id: 'type-anskaffelse-og-risiko',
          number: '7',
          title: { nb: 'Type anskaffelse og risiko', en: 'Kind of procurement and risk' },
          prompts: [
            {
              nb: 'Innovasjonsvennlig anskaffelse eller anskaffelse av innovasjon?',
              en: 'Innovation-friendly procurement, or procurement of innovation?',
            },
            { nb: 'Største risiko, og hvordan møter vi den?', en: 'Biggest risk, and how do we meet it?' },
          ],
          area: bottom[2]!,
        },
        {
          id: 'neste-steg',
          number: '8',
          title: { nb: 'Neste steg', en: 'Next steps' },
          prompts: [{ nb: 'Hvem gjør hva, innen når?', en: 'Who does what, by when?' }],
          area: bottom[3]!,
        },
      ],
    },
  ],
}
