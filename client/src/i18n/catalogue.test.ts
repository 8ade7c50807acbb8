import { describe, expect, it } from 'vitest'

import { API_ERROR_CODES, LOCALES } from '@bordduk/shared'

import { MESSAGES } from './messages.ts'

type Catalogue = Record<string, string>

/** `{name}` placeholders of a text, sorted, each once. */
const placeholders = (text: string) => [...new Set(text.match(/\{\w+\}/g) ?? [])].sort()

/** What is wrong with `other` measured against `source` (nb): keys, empty texts, placeholders. */
function problems(source: Catalogue, other: Catalogue): string[] {
  const found: string[] = []
  for (const key of Object.keys(source)) {
    if (!(key in other)) found.push(`missing ${key}`)
  }
  for (const [key, text] of Object.entries(other)) {
    if (!(key in source)) found.push(`extra ${key}`)
    else if (typeof text !== 'string' || text.trim() === '') found.push(`empty ${key}`)
    else if (placeholders(text).join() !== placeholders(source[key]!).join())
      found.push(
        `placeholders of ${key}: ${placeholders(text).join()} (nb: ${placeholders(source[key]!).join()})`,
      )
  }
  return found
}

describe('the client catalogue', () => {
  it('has the four languages', () => {
    expect(Object.keys(MESSAGES).sort()).toEqual([...LOCALES].sort())
  })

  for (const locale of LOCALES) {
    it(`has in ${locale} exactly the keys of nb, none empty, with the same placeholders`, () => {
      expect(problems(MESSAGES.nb, MESSAGES[locale])).toEqual([])
    })
  }

  it('has no empty text in nb either', () => {
    expect(Object.entries(MESSAGES.nb).filter(([, text]) => text.trim() === '')).toEqual([])
  })

  it('has a sentence for every error code the server sends', () => {
    const missing = API_ERROR_CODES.map((code) => `apiError${code[0]!.toUpperCase()}${code.slice(1)}`).filter(
      (key) => !(key in MESSAGES.nb),
    )
    expect(missing).toEqual([])
  })

  it('tells a wrong placeholder or a missing key apart (the check itself can fail)', () => {
    expect(problems({ a: 'x {n}', b: 'y' }, { a: 'x {m}', c: 'z' })).toEqual([
      'missing b',
      'placeholders of a: {m} (nb: {n})',
      'extra c',
    ])
    expect(problems({ a: 'x' }, { a: ' ' })).toEqual(['empty a'])
  })
})

// Every feature's own file, found by name so a new one is checked without being listed here.
const featureFiles = import.meta.glob<Record<string, unknown>>('./messages/*.ts', { eager: true })

describe('the feature message files', () => {
  it('exist (the glob finds them)', () => {
    expect(Object.keys(featureFiles).length).toBeGreaterThan(0)
  })

  for (const [path, module] of Object.entries(featureFiles)) {
    for (const [name, value] of Object.entries(module)) {
      it(`${path} ${name} has the same keys in nb, nn, en and sv, none empty, same placeholders`, () => {
        const byLocale = value as Partial<Record<string, Catalogue>>
        expect(Object.keys(byLocale).sort()).toEqual([...LOCALES].sort())
        for (const locale of LOCALES) {
          expect(problems(byLocale.nb!, byLocale[locale]!), locale).toEqual([])
        }
      })

      it(`${path} ${name} is wired into the catalogue in every language`, () => {
        const byLocale = value as Record<string, Catalogue>
        for (const locale of LOCALES) {
          const unwired = Object.entries(byLocale[locale]!).filter(
            ([key, text]) => MESSAGES[locale][key as keyof typeof MESSAGES.nb] !== text,
          )
          expect(
            unwired.map(([key]) => key),
            locale,
          ).toEqual([])
        }
      })
    }
  }
})
