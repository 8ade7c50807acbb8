import type { TemplateInput } from '@bordduk/shared'

import { CONTENT_BOTTOM, CONTENT_TOP, row } from '../layout.ts'

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
  title: { nb: 'Behovskartlegging', en: 'Needs mapping' },
  purpose: {
    nb: 'Finn de egentlige behovene – ikke løsningene – og gjør dem klare til å fortelle markedet.',
    en: 'Find the real needs — not solutions — and make them ready to tell the market.',
  },
  description: {
    nb: 'En sti i åtte steg fra dagens situasjon til en kort behovsbeskrivelse som kan sendes til markedet.',
    en: 'An eight-step path from today’s situation to a short needs statement that can go to the market.',
  },
  whenToUse: {
    nb: 'Før dere skriver kravspesifikasjon: når dere vet hva som skaver, men ikke hva løsningen er.',
    en: 'Before writing requirements: when you know what hurts, but not what the solution is.',
  },
  sheets: [
    {
      id: 'behovskartlegging',
      title: { nb: 'Behovskartlegging', en: 'Needs mapping' },
      decoration: 'path-arrow',
      sections: [
        {
          id: 'dagens-situasjon',
          number: '1',
          title: { nb: 'Dagens situasjon', en: 'Today’s situation' },
          prompts: [
            {
              nb: 'Hvordan løses dette i dag? Hva fungerer, hva skaver?',
              en: 'How is this solved today? What works, what hurts?',
            },
          ],
          area: first[0]!,
        },
        {
          id: 'hvem-berores',
          number: '2',
          title: { nb: 'Hvem berøres', en: 'Who is affected' },
          prompts: [
            {
              nb: 'Brukere, ansatte, pårørende, samarbeidspartnere – hvem sitt behov teller?',
              en: 'Users, staff, relatives, partners — whose needs count?',
            },
          ],
          area: first[1]!,
        },
        {
          id: 'utforske-behovet',
          number: '3',
          title: { nb: 'Slik utforsker vi behovet', en: 'How we explore the need' },
          prompts: [
            {
              nb: 'Intervju, observasjon, verksted, data – hvem gjør hva, når?',
              en: 'Interviews, observation, workshops, data — who does what, when?',
            },
          ],
          area: first[2]!,
        },
        {
          id: 'behov-vi-har-funnet',
          number: '4',
          title: { nb: 'Behov vi har funnet', en: 'Needs we found' },
          prompts: [
            {
              nb: 'Skriv behov, ikke løsninger («vi trenger å …»).',
              en: 'Write needs, not solutions (“we need to …”).',
            },
          ],
          area: first[3]!,
        },
        {
          id: 'onskede-effekter',
          number: '5',
          title: { nb: 'Ønskede effekter', en: 'Desired effects' },
          prompts: [
            {
              nb: 'For brukerne, for virksomheten, for samfunnet – kan de måles?',
              en: 'For users, for the organisation, for society — can they be measured?',
            },
          ],
          area: second[0]!,
        },
        {
          id: 'prioritering',
          number: '6',
          title: { nb: 'Prioritering', en: 'Priorities' },
          prompts: [
            {
              nb: 'Må / bør / kan. Hvilke behov skal denne anskaffelsen dekke?',
              en: 'Must / should / could. Which needs does this procurement cover?',
            },
          ],
          area: second[1]!,
        },
        {
          id: 'behovsbeskrivelse',
          number: '7',
          title: { nb: 'Behovsbeskrivelse til markedet', en: 'Needs statement for the market' },
          prompts: [
            {
              nb: 'De 3–5 viktigste behovene i klart språk. Hva spør vi markedet om?',
              en: 'The 3–5 key needs in plain words. What do we ask the market?',
            },
          ],
          area: second[2]!,
        },
        {
          id: 'usikkerhet',
          number: '8',
          title: { nb: 'Usikkerhet og antakelser', en: 'Uncertainties and assumptions' },
          prompts: [
            {
              nb: 'Hva tror vi, men vet ikke? Hvordan sjekker vi det?',
              en: 'What do we believe but not know? How do we check?',
            },
          ],
          area: second[3]!,
        },
      ],
    },
  ],
}
