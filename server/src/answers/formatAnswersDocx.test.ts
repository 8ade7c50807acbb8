import { strFromU8, unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'

import type { Answers } from './collectAnswers.ts'
import { formatAnswersDocx } from './formatAnswersDocx.ts'

const answers: Answers = {
  sheets: [
    {
      sheetId: 'hvem',
      title: 'Hvem',
      fields: [],
      sections: [
        {
          sectionId: 'politisk',
          number: '1',
          title: 'Politisk nivå',
          prompts: ['Hva betyr anskaffelsen for dem?'],
          notes: [
            {
              kind: 'note',
              text: 'Rådmannen må være med\nog økonomisjefen',
              color: 'yellow',
              author: 'Åse',
              column: null,
            },
          ],
          columns: [],
          fields: [],
          checks: [],
        },
        {
          sectionId: 'tom',
          number: '2',
          title: 'Toppledelsen',
          prompts: [],
          columns: [],
          fields: [],
          checks: [],
          notes: [],
        },
      ],
    },
  ],
  unplaced: [{ kind: 'note', text: 'Husk kaffe', color: 'blue', author: null, column: null }],
}

describe('formatAnswersDocx', () => {
  it('writes a Word file with headings, prompts and one bullet per note, æøå intact', async () => {
    const file = await formatAnswersDocx(answers, {
      boardTitle: 'Skolemat',
      templateTitle: 'Ledelsesforankring',
      locale: 'nb',
      exportedAt: new Date('2026-11-24T10:00:00Z'),
    })
    const parts = unzipSync(new Uint8Array(file))
    const xml = strFromU8(parts['word/document.xml']!)
    const texts = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1])
    expect(texts).toEqual(
      expect.arrayContaining([
        'Skolemat',
        'Hvem',
        '1. Politisk nivå · 1 lapp',
        'Hva betyr anskaffelsen for dem?',
        'Rådmannen må være med',
        'og økonomisjefen',
        ' (lys oransje, Åse)', // tldraw's "yellow" note is drawn light orange
        '2. Toppledelsen · 0 lapper',
        'Ingen lapper ennå.',
        'Husk kaffe',
      ]),
    )
    expect(xml).toContain('w:val="Heading1"')
    expect(xml).toContain('<w:numPr>') // notes are list items, not typed bullets
    expect(strFromU8(parts['word/styles.xml']!)).toContain('nb-NO')
  })
})
