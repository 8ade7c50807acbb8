import type { TemplateInput } from '@bordduk/shared'

/** An empty board: one page, no template layer. */
export const blankTemplate: TemplateInput = {
  id: 'blank',
  title: { nb: 'Tom tavle', nn: 'Tom tavle', en: 'Blank board', sv: 'Tom tavla' },
  description: {
    nb: 'En tom tavle for fri idémyldring, skisser og lapper.',
    nn: 'Ei tom tavle for fri idémyldring, skisser og lappar.',
    en: 'An empty board for free brainstorming, sketches and notes.',
    sv: 'En tom tavla för fritt idéflöde, skisser och lappar.',
  },
  whenToUse: {
    nb: 'Når dere vil jobbe fritt, uten et ferdig oppsett.',
    nn: 'Når de vil jobbe fritt, utan eit ferdig oppsett.',
    en: 'When you want to work freely, without a prepared layout.',
    sv: 'När ni vill arbeta fritt, utan ett färdigt upplägg.',
  },
  sheets: [
    {
      id: 'sheet-1',
      title: { nb: 'Ark 1', nn: 'Ark 1', en: 'Sheet 1', sv: 'Ark 1' },
    },
  ],
}
