import { describe, expect, it } from 'vitest'

import { templateSchema } from '@bordduk/shared'

import { builtInTemplates } from './catalogue.ts'
import { boardLocaleFor, templateLocales } from './templateLocales.ts'

const byId = (id: string) => builtInTemplates.find((t) => t.id === id)!

describe('the languages a template offers', () => {
  it('are all four for every built-in template, written out in nynorsk and Swedish', () => {
    for (const id of [
      'lup-oppstart',
      'lup-behovskartlegging',
      'lup-markedsdialog',
      'lup-ledelsesforankring',
      'tidligfase-innovasjon',
      'blank',
    ])
      expect(templateLocales(byId(id)), id).toEqual(['nb', 'nn', 'en', 'sv'])
  })

  it('are bokmål and English where one text lacks nynorsk or Swedish, and a board asking for those gets the fallback', () => {
    const oppstart = byId('lup-oppstart')
    const halfDone = templateSchema.parse({
      ...oppstart,
      sheets: [{ ...oppstart.sheets[0]!, title: { nb: 'Ark', en: 'Sheet' } }],
    })
    expect(templateLocales(halfDone)).toEqual(['nb', 'en'])
    expect(boardLocaleFor(halfDone, 'nn')).toBe('nb')
    expect(boardLocaleFor(halfDone, 'sv')).toBe('en')
    expect(boardLocaleFor(oppstart, 'sv')).toBe('sv')
  })
})
