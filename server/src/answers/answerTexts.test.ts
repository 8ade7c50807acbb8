import { describe, expect, it } from 'vitest'

import { LOCALES } from '@bordduk/shared'
import { HEADER_FIELD_LABELS } from '@bordduk/templates'

import { WORKSHOP_VERSION_NAMES, groupName } from '../workshops/workshopNames.ts'
import { ANSWER_TEXTS } from './answerTexts.ts'

/** The shape of a catalogue entry: its keys, nested, with array lengths; and any empty text. */
function outline(value: unknown, path = ''): string[] {
  if (typeof value === 'string') return value.trim() === '' ? [`${path}: empty`] : []
  if (typeof value === 'function') return [`${path}()`]
  if (Array.isArray(value))
    return [`${path}[${value.length}]`, ...value.flatMap((v, i) => outline(v, `${path}[${i}]`))]
  return Object.entries(value as object)
    .sort(([a], [b]) => a.localeCompare(b))
    .flatMap(([key, v]) => [`${path}.${key}`, ...outline(v, `${path}.${key}`)])
}

describe('the server’s own words', () => {
  for (const locale of LOCALES) {
    it(`answer exports have in ${locale} what they have in nb, none empty`, () => {
      expect(outline(ANSWER_TEXTS[locale])).toEqual(outline(ANSWER_TEXTS.nb))
      for (const [notes, texts] of [
        [0, 0],
        [1, 0],
        [3, 1],
        [2, 5],
      ] as const) {
        const count = ANSWER_TEXTS[locale].count(notes, texts)
        expect(count).toContain(String(notes))
        if (texts > 0) expect(count).toContain(String(texts))
      }
    })

    it(`header fields, workshop versions and group names exist in ${locale}`, () => {
      expect(outline(HEADER_FIELD_LABELS[locale])).toEqual(outline(HEADER_FIELD_LABELS.nb))
      expect(outline(WORKSHOP_VERSION_NAMES[locale])).toEqual(outline(WORKSHOP_VERSION_NAMES.nb))
      expect(groupName(locale, 2)).toMatch(/^\S+ 3$/)
    })
  }

  it('names the Swedish and nynorsk words, not the bokmål ones', () => {
    expect(ANSWER_TEXTS.sv.noNotes).not.toBe(ANSWER_TEXTS.nb.noNotes)
    expect(ANSWER_TEXTS.nn.noNotes).not.toBe(ANSWER_TEXTS.nb.noNotes)
    expect(outline({ a: '' })).toEqual(['.a', '.a: empty'])
  })
})
