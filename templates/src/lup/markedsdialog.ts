import type { TemplateInput } from '@bordduk/shared'

import { CONTENT_BOTTOM, CONTENT_TOP, GAP, row } from '../layout.ts'
import { markedsdialogAgenda } from '../agendas/markedsdialogAgenda.ts'

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
  title: { nb: 'Markedsdialog', nn: 'Marknadsdialog', en: 'Market dialogue', sv: 'Marknadsdialog' },
  purpose: {
    nb: 'Planlegg dialogen med markedet før konkurransen, så vi lærer hva som er mulig og leverandørene forstår behovet.',
    nn: 'Planlegg dialogen med marknaden før konkurransen, så vi lærer kva som er mogleg og leverandørane forstår behovet.',
    en: 'Plan the dialogue with the market before the competition, so we learn what is possible and suppliers understand the need.',
    sv: 'Planera dialogen med marknaden före konkurrensen, så att vi lär oss vad som är möjligt och leverantörerna förstår behovet.',
  },
  description: {
    nb: 'Hvem dere vil snakke med, hvordan, når og om hva – og hvordan dere behandler leverandørene likt.',
    nn: 'Kven de vil snakke med, korleis, når og om kva – og korleis de behandlar leverandørane likt.',
    en: 'Whom you will talk to, how, when and about what — and how you treat suppliers equally.',
    sv: 'Vilka ni vill prata med, hur, när och om vad – och hur ni behandlar leverantörerna lika.',
  },
  whenToUse: {
    nb: 'Når behovet er beskrevet og dere vil høre fra markedet før dere velger prosedyre.',
    nn: 'Når behovet er skildra og de vil høyre frå marknaden før de vel prosedyre.',
    en: 'When the need is described and you want to hear from the market before choosing a procedure.',
    sv: 'När behovet är beskrivet och ni vill höra från marknaden innan ni väljer förfarande.',
  },
  sheets: [
    {
      id: 'markedsdialog',
      title: { nb: 'Markedsdialog', nn: 'Marknadsdialog', en: 'Market dialogue', sv: 'Marknadsdialog' },
      sections: [
        {
          id: 'hensikt',
          number: '1',
          title: {
            nb: 'Hensikt med dialogen',
            nn: 'Føremålet med dialogen',
            en: 'Purpose of the dialogue',
            sv: 'Syftet med dialogen',
          },
          prompts: [
            {
              nb: 'Hva vil vi lære av markedet? Hva vil vi at markedet skal vite?',
              nn: 'Kva vil vi lære av marknaden? Kva vil vi at marknaden skal vite?',
              en: 'What do we want to learn? What should the market know?',
              sv: 'Vad vill vi lära oss av marknaden? Vad vill vi att marknaden ska veta?',
            },
          ],
          area: top[0]!,
        },
        {
          id: 'hvem-i-markedet',
          number: '2',
          title: {
            nb: 'Hvem i markedet',
            nn: 'Kven i marknaden',
            en: 'Who in the market',
            sv: 'Vilka på marknaden',
          },
          prompts: [
            {
              nb: 'Aktuelle leverandører, bransjer, oppstartsbedrifter, andre innkjøpere – hvordan finner vi dem?',
              nn: 'Aktuelle leverandørar, bransjar, oppstartsbedrifter, andre innkjøparar – korleis finn vi dei?',
              en: 'Relevant suppliers, industries, start-ups, other buyers — how do we find them?',
              sv: 'Aktuella leverantörer, branscher, startupföretag, andra upphandlande organisationer – hur hittar vi dem?',
            },
          ],
          area: top[1]!,
        },
        {
          id: 'dialogformer',
          number: '3',
          title: { nb: 'Dialogformer', nn: 'Dialogformer', en: 'Forms of dialogue', sv: 'Dialogformer' },
          prompts: [
            {
              nb: 'Dialogkonferanse, en-til-en-møter, skriftlig forespørsel, webinar, befaring?',
              nn: 'Dialogkonferanse, ein-til-ein-møte, skriftleg førespurnad, webinar, synfaring?',
              en: 'Conference, one-to-one meetings, written request, webinar, site visit?',
              sv: 'Dialogkonferens, enskilda möten, skriftlig förfrågan, webbinarium, platsbesök?',
            },
          ],
          area: top[2]!,
        },
        {
          id: 'kunngjoring',
          number: '4',
          title: {
            nb: 'Kunngjøring og invitasjon',
            nn: 'Kunngjering og invitasjon',
            en: 'Announcement and invitation',
            sv: 'Annonsering och inbjudan',
          },
          prompts: [
            {
              nb: 'Hvor kunngjør vi, og hva står i invitasjonen (behovsbeskrivelsen)?',
              nn: 'Kvar kunngjer vi, og kva står i invitasjonen (behovsskildringa)?',
              en: 'Where do we announce, and what does the invitation hold (the needs statement)?',
              sv: 'Var annonserar vi, och vad står i inbjudan (behovsbeskrivningen)?',
            },
          ],
          area: top[3]!,
        },
        {
          id: 'tidsplan',
          number: '5',
          title: { nb: 'Tidsplan', nn: 'Tidsplan', en: 'Timeline', sv: 'Tidsplan' },
          prompts: [
            {
              nb: 'Fra kunngjøring til oppsummering – datoer og ansvar.',
              nn: 'Frå kunngjering til oppsummering – datoar og ansvar.',
              en: 'From announcement to summary — dates and owners.',
              sv: 'Från annonsering till sammanfattning – datum och ansvar.',
            },
          ],
          kind: 'timeline',
          area: lane!,
        },
        {
          id: 'likebehandling',
          number: '6',
          title: {
            nb: 'Likebehandling og fortrolighet',
            nn: 'Likebehandling og fortrulegheit',
            en: 'Equal treatment and confidentiality',
            sv: 'Likabehandling och sekretess',
          },
          prompts: [
            {
              nb: 'Samme informasjon til alle? Referat? Hva er forretningshemmeligheter?',
              nn: 'Same informasjon til alle? Referat? Kva er forretningsløyndommar?',
              en: 'Same information to all? Minutes? What are trade secrets?',
              sv: 'Samma information till alla? Protokoll? Vad är affärshemligheter?',
            },
          ],
          area: bottom[0]!,
        },
        {
          id: 'sporsmal',
          number: '7',
          title: {
            nb: 'Spørsmål til leverandørene',
            nn: 'Spørsmål til leverandørane',
            en: 'Questions for suppliers',
            sv: 'Frågor till leverantörerna',
          },
          prompts: [
            {
              nb: 'Hva spør vi om – løsninger, modenhet, pris, risiko, kontraktsform?',
              nn: 'Kva spør vi om – løysingar, modning, pris, risiko, kontraktsform?',
              en: 'What do we ask — solutions, maturity, price, risk, contract form?',
              sv: 'Vad frågar vi om – lösningar, mognad, pris, risk, avtalsform?',
            },
          ],
          area: bottom[1]!,
        },
        {
          id: 'etter-dialogen',
          number: '8',
          title: {
            nb: 'Etter dialogen',
            nn: 'Etter dialogen',
            en: 'After the dialogue',
            sv: 'Efter dialogen',
          },
          prompts: [
            {
              nb: 'Hvordan oppsummerer vi innspillene, justerer behovet og velger prosedyre?',
              nn: 'Korleis oppsummerer vi innspela, justerer behovet og vel prosedyre?',
              en: 'How do we sum up input, adjust the need and choose the procedure?',
              sv: 'Hur sammanfattar vi synpunkterna, justerar behovet och väljer förfarande?',
            },
          ],
          area: bottom[2]!,
        },
      ],
    },
  ],
  agenda: markedsdialogAgenda,
}
