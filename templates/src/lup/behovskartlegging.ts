import type { TemplateInput } from '@bordduk/shared'

import { CONTENT_BOTTOM, CONTENT_TOP, row } from '../layout.ts'
import { behovskartleggingAgenda } from '../agendas/behovskartleggingAgenda.ts'

// Two rows of four steps with room between them for the arrow that leads through the path.
const ROW_GAP = 64
const ROW_H = Math.round((CONTENT_BOTTOM - CONTENT_TOP - ROW_GAP) / 2)
const first = row(CONTENT_TOP, ROW_H, [1, 1, 1, 1])
// Step 7 is what goes to the market: drawn larger, while the steps beside it keep room for
// three notes across.
const second = row(CONTENT_TOP + ROW_H + ROW_GAP, ROW_H, [1, 1, 1.4, 1])

/** Behovskartlegging: the real needs, not solutions, made ready to tell the market. */
export const behovskartleggingTemplate: TemplateInput = {
  id: 'lup-behovskartlegging',
  noteScale: 0.5,
  title: { nb: 'Behovskartlegging', nn: 'Behovskartlegging', en: 'Needs mapping', sv: 'Behovskartläggning' },
  purpose: {
    nb: 'Finn de egentlige behovene – ikke løsningene – og gjør dem klare til å fortelle markedet.',
    nn: 'Finn dei eigentlege behova – ikkje løysingane – og gjer dei klare til å fortelje marknaden.',
    en: 'Find the real needs — not solutions — and make them ready to tell the market.',
    sv: 'Hitta de verkliga behoven – inte lösningarna – och gör dem redo att berätta för marknaden.',
  },
  description: {
    nb: 'En sti i åtte steg fra dagens situasjon til en kort behovsbeskrivelse som kan sendes til markedet.',
    nn: 'Ein sti i åtte steg frå situasjonen i dag til ei kort behovsskildring som kan sendast til marknaden.',
    en: 'An eight-step path from today’s situation to a short needs statement that can go to the market.',
    sv: 'En stig i åtta steg från dagens situation till en kort behovsbeskrivning som kan skickas till marknaden.',
  },
  whenToUse: {
    nb: 'Før dere skriver kravspesifikasjon: når dere vet hva som skaver, men ikke hva løsningen er.',
    nn: 'Før de skriv kravspesifikasjon: når de veit kva som skaver, men ikkje kva løysinga er.',
    en: 'Before writing requirements: when you know what hurts, but not what the solution is.',
    sv: 'Innan ni skriver kravspecifikation: när ni vet vad som skaver, men inte vad lösningen är.',
  },
  sheets: [
    {
      id: 'behovskartlegging',
      title: {
        nb: 'Behovskartlegging',
        nn: 'Behovskartlegging',
        en: 'Needs mapping',
        sv: 'Behovskartläggning',
      },
      decoration: 'path-arrow',
      sections: [
        {
          id: 'dagens-situasjon',
          number: '1',
          title: {
            nb: 'Dagens situasjon',
            nn: 'Situasjonen i dag',
            en: 'Today’s situation',
            sv: 'Dagens situation',
          },
          prompts: [
            {
              nb: 'Hvordan løses dette i dag? Hva fungerer, hva skaver?',
              nn: 'Korleis blir dette løyst i dag? Kva fungerer, kva skaver?',
              en: 'How is this solved today? What works, what hurts?',
              sv: 'Hur löses det här i dag? Vad fungerar, vad skaver?',
            },
          ],
          area: first[0]!,
        },
        {
          id: 'hvem-berores',
          number: '2',
          title: { nb: 'Hvem berøres', nn: 'Kven blir påverka', en: 'Who is affected', sv: 'Vilka berörs' },
          prompts: [
            {
              nb: 'Brukere, ansatte, pårørende, samarbeidspartnere – hvem sitt behov teller?',
              nn: 'Brukarar, tilsette, pårørande, samarbeidspartnarar – kven sine behov tel?',
              en: 'Users, staff, relatives, partners — whose needs count?',
              sv: 'Brukare, medarbetare, anhöriga, samarbetspartner – vems behov räknas?',
            },
          ],
          area: first[1]!,
        },
        {
          id: 'utforske-behovet',
          number: '3',
          title: {
            nb: 'Slik utforsker vi behovet',
            nn: 'Slik utforskar vi behovet',
            en: 'How we explore the need',
            sv: 'Så utforskar vi behovet',
          },
          prompts: [
            {
              nb: 'Intervju, observasjon, verksted, data – hvem gjør hva, når?',
              nn: 'Intervju, observasjon, verkstad, data – kven gjer kva, når?',
              en: 'Interviews, observation, workshops, data — who does what, when?',
              sv: 'Intervjuer, observation, workshoppar, data – vem gör vad, när?',
            },
          ],
          area: first[2]!,
        },
        {
          id: 'behov-vi-har-funnet',
          number: '4',
          title: {
            nb: 'Behov vi har funnet',
            nn: 'Behov vi har funne',
            en: 'Needs we found',
            sv: 'Behov vi har hittat',
          },
          prompts: [
            {
              nb: 'Skriv behov, ikke løsninger («vi trenger å …»).',
              nn: 'Skriv behov, ikkje løysingar («vi treng å …»).',
              en: 'Write needs, not solutions (“we need to …”).',
              sv: 'Skriv behov, inte lösningar (”vi behöver …”).',
            },
          ],
          area: first[3]!,
        },
        {
          id: 'onskede-effekter',
          number: '5',
          title: {
            nb: 'Ønskede effekter',
            nn: 'Ønskte effektar',
            en: 'Desired effects',
            sv: 'Önskade effekter',
          },
          prompts: [
            {
              nb: 'For brukerne, for virksomheten, for samfunnet – kan de måles?',
              nn: 'For brukarane, for verksemda, for samfunnet – kan dei målast?',
              en: 'For users, for the organisation, for society — can they be measured?',
              sv: 'För brukarna, för verksamheten, för samhället – kan de mätas?',
            },
          ],
          area: second[0]!,
        },
        {
          id: 'prioritering',
          number: '6',
          title: { nb: 'Prioritering', nn: 'Prioritering', en: 'Priorities', sv: 'Prioritering' },
          prompts: [
            {
              nb: 'Må / bør / kan. Hvilke behov skal denne anskaffelsen dekke?',
              nn: 'Må / bør / kan. Kva behov skal denne anskaffinga dekkje?',
              en: 'Must / should / could. Which needs does this procurement cover?',
              sv: 'Måste / bör / kan. Vilka behov ska den här upphandlingen täcka?',
            },
          ],
          area: second[1]!,
        },
        {
          id: 'behovsbeskrivelse',
          number: '7',
          title: {
            nb: 'Behovsbeskrivelse til markedet',
            nn: 'Behovsskildring til marknaden',
            en: 'Needs statement for the market',
            sv: 'Behovsbeskrivning till marknaden',
          },
          prompts: [
            {
              nb: 'De 3–5 viktigste behovene i klart språk. Hva spør vi markedet om?',
              nn: 'Dei 3–5 viktigaste behova i klart språk. Kva spør vi marknaden om?',
              en: 'The 3–5 key needs in plain words. What do we ask the market?',
              sv: 'De 3–5 viktigaste behoven i klarspråk. Vad frågar vi marknaden om?',
            },
          ],
          area: second[2]!,
        },
        {
          id: 'usikkerhet',
          number: '8',
          title: {
            nb: 'Usikkerhet og antakelser',
            nn: 'Uvisse og antakingar',
            en: 'Uncertainties and assumptions',
            sv: 'Osäkerheter och antaganden',
          },
          prompts: [
            {
              nb: 'Hva tror vi, men vet ikke? Hvordan sjekker vi det?',
              nn: 'Kva trur vi, men veit ikkje? Korleis sjekkar vi det?',
              en: 'What do we believe but not know? How do we check?',
              sv: 'Vad tror vi men vet inte? Hur kontrollerar vi det?',
            },
          ],
          area: second[3]!,
        },
      ],
    },
  ],
  agenda: behovskartleggingAgenda,
}
