import type { TemplateInput } from '@bordduk/shared'

import { CONTENT_BOTTOM, CONTENT_TOP, GAP, SHEET_W, row } from '../layout.ts'
import { oppstartAgenda } from '../agendas/oppstartAgenda.ts'

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
  title: { nb: 'Oppstart', nn: 'Oppstart', en: 'Startup', sv: 'Uppstart' },
  purpose: {
    nb: 'Få felles bilde av hvorfor vi skal gjøre denne anskaffelsen, hva som styrer den, og hva vi har å gå på.',
    nn: 'Få eit felles bilete av kvifor vi skal gjere denne anskaffinga, kva som styrer henne, og kva vi har å gå på.',
    en: 'Agree on why we are doing this procurement, what steers it, and what we have to work with.',
    sv: 'Få en gemensam bild av varför vi gör den här upphandlingen, vad som styr den och vad vi har att arbeta med.',
  },
  description: {
    nb: 'Første møte i anskaffelsesgruppa: mål, føringer, rammer, folk, tid, penger, risiko og neste steg på ett ark.',
    nn: 'Første møtet i anskaffingsgruppa: mål, føringar, rammer, folk, tid, pengar, risiko og neste steg på eitt ark.',
    en: 'The procurement group’s first meeting: goals, direction, constraints, people, time, money, risk and next steps on one sheet.',
    sv: 'Upphandlingsgruppens första möte: mål, styrning, ramar, människor, tid, pengar, risker och nästa steg på ett ark.',
  },
  whenToUse: {
    nb: 'Når en ny anskaffelse skal i gang og gruppa trenger et felles utgangspunkt.',
    nn: 'Når ei ny anskaffing skal i gang og gruppa treng eit felles utgangspunkt.',
    en: 'When a new procurement starts and the group needs a shared starting point.',
    sv: 'När en ny upphandling ska starta och gruppen behöver en gemensam utgångspunkt.',
  },
  sheets: [
    {
      id: 'oppstart',
      title: { nb: 'Oppstart', nn: 'Oppstart', en: 'Startup', sv: 'Uppstart' },
      paper: 'A1',
      orientation: 'landscape',
      sections: [
        {
          id: 'mal-og-hensikt',
          number: '1',
          title: { nb: 'Mål og hensikt', nn: 'Mål og føremål', en: 'Goals and purpose', sv: 'Mål och syfte' },
          prompts: [
            {
              nb: 'Hvilken endring vil vi oppnå, og for hvem?',
              nn: 'Kva endring vil vi oppnå, og for kven?',
              en: 'What change do we want, and for whom?',
              sv: 'Vilken förändring vill vi uppnå, och för vem?',
            },
            {
              nb: 'Hvordan vet vi at vi har lyktes?',
              nn: 'Korleis veit vi at vi har lukkast?',
              en: 'How will we know we succeeded?',
              sv: 'Hur vet vi att vi har lyckats?',
            },
          ],
          area: top[0]!,
        },
        {
          id: 'strategiske-foringer',
          number: '2',
          title: {
            nb: 'Strategiske føringer',
            nn: 'Strategiske føringar',
            en: 'Strategic direction',
            sv: 'Strategisk styrning',
          },
          prompts: [
            {
              nb: 'Hvilke planer og strategier i virksomheten peker hit (kommuneplan, anskaffelsesstrategi, klima, digitalisering)?',
              nn: 'Kva planar og strategiar i verksemda peikar hit (kommuneplan, anskaffingsstrategi, klima, digitalisering)?',
              en: 'Which of our plans and strategies point here (municipal plan, procurement strategy, climate, digitalisation)?',
              sv: 'Vilka planer och strategier i verksamheten pekar hit (översiktsplan, upphandlingspolicy, klimat, digitalisering)?',
            },
            {
              nb: 'Hvilke politiske mål berøres?',
              nn: 'Kva politiske mål blir påverka?',
              en: 'Which political goals are touched?',
              sv: 'Vilka politiska mål berörs?',
            },
          ],
          area: top[1]!,
        },
        {
          id: 'rammebetingelser',
          number: '3',
          title: {
            nb: 'Rammebetingelser',
            nn: 'Rammevilkår',
            en: 'Framework conditions',
            sv: 'Förutsättningar',
          },
          prompts: [
            {
              nb: 'Lover, avtaler og kontrakter som gjelder i dag?',
              nn: 'Lover, avtalar og kontraktar som gjeld i dag?',
              en: 'Laws, agreements and contracts in force?',
              sv: 'Lagar, avtal och kontrakt som gäller i dag?',
            },
            {
              nb: 'Tekniske eller praktiske begrensninger?',
              nn: 'Tekniske eller praktiske avgrensingar?',
              en: 'Technical or practical limits?',
              sv: 'Tekniska eller praktiska begränsningar?',
            },
          ],
          area: top[2]!,
        },
        {
          id: 'mennesker-og-kompetanse',
          number: '4',
          title: {
            nb: 'Mennesker og kompetanse',
            nn: 'Menneske og kompetanse',
            en: 'People and competence',
            sv: 'Människor och kompetens',
          },
          prompts: [
            {
              nb: 'Hvem må være med (brukere, fagfolk, innkjøp, jus, IT, ledere)?',
              nn: 'Kven må vere med (brukarar, fagfolk, innkjøp, jus, IT, leiarar)?',
              en: 'Who must take part (users, experts, procurement, legal, IT, leaders)?',
              sv: 'Vilka måste vara med (brukare, experter, inköp, juridik, IT, chefer)?',
            },
            {
              nb: 'Hvilken kompetanse mangler vi?',
              nn: 'Kva kompetanse manglar vi?',
              en: 'What competence do we lack?',
              sv: 'Vilken kompetens saknar vi?',
            },
          ],
          area: top[3]!,
        },
        {
          id: 'anskaffelsen',
          title: { nb: 'Anskaffelsen', nn: 'Anskaffinga', en: 'The procurement', sv: 'Upphandlingen' },
          prompts: [
            {
              nb: 'Hva kaller vi anskaffelsen?',
              nn: 'Kva kallar vi anskaffinga?',
              en: 'What do we call this procurement?',
              sv: 'Vad kallar vi upphandlingen?',
            },
          ],
          kind: 'field',
          area: { x: Math.round((SHEET_W - FIELD_W) / 2), y: fieldY, w: FIELD_W, h: FIELD_H },
        },
        {
          id: 'tid',
          number: '5',
          title: { nb: 'Tid', nn: 'Tid', en: 'Time', sv: 'Tid' },
          prompts: [
            {
              nb: 'Viktige milepæler og frister?',
              nn: 'Viktige milepålar og fristar?',
              en: 'Key milestones and deadlines?',
              sv: 'Viktiga milstolpar och tidsfrister?',
            },
            {
              nb: 'Hvor mye tid kan hver bidra med?',
              nn: 'Kor mykje tid kan kvar av oss bidra med?',
              en: 'How much time can each person give?',
              sv: 'Hur mycket tid kan var och en bidra med?',
            },
          ],
          area: bottom[0]!,
        },
        {
          id: 'penger',
          number: '6',
          title: { nb: 'Penger', nn: 'Pengar', en: 'Money', sv: 'Pengar' },
          prompts: [
            {
              nb: 'Budsjett for prosessen og for løsningen?',
              nn: 'Budsjett for prosessen og for løysinga?',
              en: 'Budget for the process and for the solution?',
              sv: 'Budget för processen och för lösningen?',
            },
            {
              nb: 'Mulig støtte og finansiering?',
              nn: 'Mogleg støtte og finansiering?',
              en: 'Possible support and funding?',
              sv: 'Möjligt stöd och finansiering?',
            },
          ],
          area: bottom[1]!,
        },
        {
          id: 'type-anskaffelse-og-risiko',
          number: '7',
          title: {
            nb: 'Type anskaffelse og risiko',
            nn: 'Type anskaffing og risiko',
            en: 'Kind of procurement and risk',
            sv: 'Typ av upphandling och risk',
          },
          prompts: [
            {
              nb: 'Innovasjonsvennlig anskaffelse eller anskaffelse av innovasjon?',
              nn: 'Innovasjonsvennleg anskaffing eller anskaffing av innovasjon?',
              en: 'Innovation-friendly procurement, or procurement of innovation?',
              sv: 'Innovationsvänlig upphandling eller upphandling av innovation?',
            },
            {
              nb: 'Største risiko, og hvordan møter vi den?',
              nn: 'Største risikoen, og korleis møter vi han?',
              en: 'Biggest risk, and how do we meet it?',
              sv: 'Största risken, och hur möter vi den?',
            },
          ],
          area: bottom[2]!,
        },
        {
          id: 'neste-steg',
          number: '8',
          title: { nb: 'Neste steg', nn: 'Neste steg', en: 'Next steps', sv: 'Nästa steg' },
          prompts: [
            {
              nb: 'Hvem gjør hva, innen når?',
              nn: 'Kven gjer kva, innan når?',
              en: 'Who does what, by when?',
              sv: 'Vem gör vad, och när?',
            },
          ],
          area: bottom[3]!,
        },
      ],
    },
  ],
  agenda: oppstartAgenda,
}
