import type { Template } from '@bordduk/shared'

/** An empty board: one page, no template layer. */
export const blankTemplate: Template = {
  id: 'blank',
  title: { nb: 'Tom tavle', en: 'Blank board' },
  description: {
    nb: 'En tom tavle for fri idémyldring, skisser og lapper.',
    en: 'An empty board for free brainstorming, sketches and notes.',
  },
  sheets: [
    {
      id: 'sheet-1',
      title: { nb: 'Ark 1', en: 'Sheet 1' },
      paper: 'A1',
      orientation: 'landscape',
      sections: [],
    },
  ],
}
