import { describe, expect, it } from 'vitest'

import { FIELD_FONT_MAX, FIELD_FONT_MIN, fitFieldText } from './fitFieldText.ts'

describe('fitFieldText', () => {
  it('keeps a short name at full size', () => {
    expect(fitFieldText('Skolemat', 480, 40)).toEqual({
      fontSize: FIELD_FONT_MAX,
      height: FIELD_FONT_MAX * 1.2,
    })
  })

  it('shrinks as the text grows, and never below the smallest size', () => {
    const sizes = [20, 120, 240, 500].map((n) => fitFieldText('ord '.repeat(n / 4).trim(), 480, 48).fontSize)
    for (let i = 1; i < sizes.length; i++) expect(sizes[i]).toBeLessThanOrEqual(sizes[i - 1]!)
    expect(sizes[0]).toBe(FIELD_FONT_MAX)
    expect(sizes.at(-1)).toBe(FIELD_FONT_MIN)
  })

  it('counts line breaks and words longer than a line', () => {
    expect(fitFieldText('a\nb\nc', 480, 48).fontSize).toBeLessThan(FIELD_FONT_MAX)
    expect(fitFieldText('x'.repeat(120), 480, 48).fontSize).toBeLessThan(FIELD_FONT_MAX)
  })
})
