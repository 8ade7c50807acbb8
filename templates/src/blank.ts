import type { TemplateInput } from '@bordduk/shared'

/** An empty board: one page, no template layer. */
export const blankTemplate: TemplateInput = {
  id: 'blank',
  title: { nb: 'Tom tavle', en: 'Blank board' },
  description: {
    nb: 'En tom tavle for fri idémyldring, skisser og lapper.',
    en: 'An empty board for free brainstorming, sketches and notes.',
  },
  whenToUse: {
    nb: 'Når dere vil jobbe fritt, uten et ferdig oppsett.',
    en: 'When you want to work freely, without a prepared layout.',
  },
  sheets: [
    {
      id: 'sheet-1',
      title: { nb: 'Ark 1', en: 'Sheet 1' },
    },
  ],
}
