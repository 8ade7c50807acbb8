import { describe, expect, it } from 'vitest'

import { estimateTextLines } from './estimateTextLines.ts'

describe('estimateTextLines', () => {
  it('is one line for a short text and grows as the width shrinks', () => {
    const prompt = 'Hvilken endring vil vi oppnå, og for hvem?'
    expect(estimateTextLines(prompt, 17, 1000)).toBe(1)
    const narrow = estimateTextLines(prompt, 17, 180)
    expect(narrow).toBeGreaterThan(1)
    expect(estimateTextLines(prompt, 17, 90)).toBeGreaterThan(narrow)
  })

  it('breaks a word longer than the line anywhere', () => {
    expect(estimateTextLines('Anskaffelsesstrategi', 26, 100)).toBeGreaterThanOrEqual(4)
  })

  it('counts a wide letter wider than a narrow one', () => {
    expect(estimateTextLines('m'.repeat(20), 20, 200)).toBeGreaterThan(
      estimateTextLines('i'.repeat(20), 20, 200),
    )
  })

  it('moves a word too long for the lines beside a float below it', () => {
    // Two narrow lines beside the float, then full width: the word starts on the third line.
    const besideFloat = (line: number) => (line < 2 ? 100 : 400)
    expect(estimateTextLines('Rammebetingelser', 24, besideFloat, { bold: true })).toBe(3)
    expect(estimateTextLines('Tid', 24, besideFloat, { bold: true })).toBe(1)
  })
})
