import type { TemplateInput } from '@bordduk/shared'

import { CONTENT_BOTTOM, CONTENT_TOP, GAP, row } from '../layout.ts'

// The top row's prompts are long: it gets the height for two rows of notes below them; the
// lane needs one row of notes above its axis.
const TOP_H = 387
const LANE_H = 217
const top = row(CONTENT_TOP, TOP_H, [1, 1, 1, 1])
const laneY = CONTENT_TOP + TOP_H + GAP
const [lane] = row(laneY, LANE_H, [1])
const bottomY = laneY + LANE_H + GAP
const bottom = row(bottomY, CONTENT_BOTTOM - bottomY, [1, 1, 1])

/** Markedsdialog: planning the early dialogue with the market. */
export const markedsdialogTemplate: TemplateInput = {
  id: 'lup-markedsdialog',
  noteScale: 0.42,
  title: { nb: 'Markedsdialog', en: 'Market dialogue' },
  purpose: {
    nb: 'Planlegg dialogen med markedet før konkurransen, så vi lærer hva som er mulig og leverandørene forstår behovet.',
    en: 'Plan the dialogue with the market before the competition, so we learn what is possible and suppliers understand the need.',
  },
  description: {
    nb: 'Hvem dere vil snakke med, hvordan, når og om hva – og hvordan dere behandler leverandørene likt.',
    en: 'Whom you will talk to, how, when and about what — and how you treat suppliers equally.',
  },
  whenToUse: {
    nb: 'Når behovet er beskrevet og dere vil høre fra markedet før dere velger prosedyre.',
    en: 'When the need is described and you want to hear from the market before choosing a procedure.',
  },
  sheets: [
    {
      id: 'markedsdialog',
      title: { nb: 'Markedsdialog', en: 'Market dialogue' },
      sections: [
        {
          id: 'hensikt',
          number: '1',
          title: { nb: 'Hensikt med dialogen', en: 'Purpose of the dialogue' },
          prompts: [
            {
              nb: 'Hva vil vi lære av markedet? Hva vil vi at markedet skal vite?',
              en: 'What do we want to learn? What should the market know?',
            },
          ],
          area: top[0]!,
        },
        {
          id: 'hvem-i-markedet',
          number: '2',
          title: { nb: 'Hvem i markedet', en: 'Who in the market' },
          prompts: [
            {
              nb: 'Aktuelle leverandører, bransjer, oppstartsbedrifter, andre innkjøpere – hvordan finner vi dem?',
              en: 'Relevant suppliers, industries, start-ups, other buyers — how do we find them?',
            },
          ],
          area: top[1]!,
        },
        {
          id: 'dialogformer',
          number: '3',
          title: { nb: 'Dialogformer', en: 'Forms of dialogue' },
          prompts: [
            {
              nb: 'Dialogkonferanse, en-til-en-møter, skriftlig forespørsel, webinar, befaring?',
              en: 'Conference, one-to-one meetings, written request, webinar, site visit?',
            },
          ],
          area: top[2]!,
        },
        {
          id: 'kunngjoring',
          number: '4',
          title: { nb: 'Kunngjøring og invitasjon', en: 'Announcement and invitation' },
          prompts: [
            {
              nb: 'Hvor kunngjør vi, og hva står i invitasjonen (behovsbeskrivelsen)?',
              en: 'Where do we announce, and what does the invitation hold (the needs statement)?',
            },
          ],
          area: top[3]!,
        },
        {
          id: 'tidsplan',
          number: '5',
          title: { nb: 'Tidsplan', en: 'Timeline' },
          prompts: [
            {
              nb: 'Fra kunngjøring til oppsummering – datoer og ansvar.',
              en: 'From announcement to summary — dates and owners.',
            },
          ],
          kind: 'timeline',
          area: lane!,
        },
        {
          id: 'likebehandling',
          number: '6',
          title: { nb: 'Likebehandling og fortrolighet', en: 'Equal treatment and confidentiality' },
          prompts: [
            {
              nb: 'Samme informasjon til alle? Referat? Hva er forretningshemmeligheter?',
              en: 'Same information to all? Minutes? What are trade secrets?',
            },
          ],
          area: bottom[0]!,
        },
        {
          id: 'sporsmal',
          number: '7',
          title: { nb: 'Spørsmål til leverandørene', en: 'Questions for suppliers' },
          prompts: [
            {
              nb: 'Hva spør vi om – løsninger, modenhet, pris, risiko, kontraktsform?',
              en: 'What do we ask — solutions, maturity, price, risk, contract form?',
            },
          ],
          area: bottom[1]!,
        },
        {
          id: 'etter-dialogen',
          number: '8',
          title: { nb: 'Etter dialogen', en: 'After the dialogue' },
          prompts: [
            {
              nb: 'Hvordan oppsummerer vi innspillene, justerer behovet og velger prosedyre?',
              en: 'How do we sum up input, adjust the need and choose the procedure?',
            },
          ],
          area: bottom[2]!,
        },
      ],
    },
  ],
}
