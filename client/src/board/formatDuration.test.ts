import { describe, expect, it } from 'vitest'

import { formatDuration } from './formatDuration.ts'

describe('formatDuration', () => {
  it('shows minutes and seconds, rounding up so 0:00 means done', () => {
    expect(formatDuration(600_000)).toBe('10:00')
    expect(formatDuration(59_001)).toBe('01:00')
    expect(formatDuration(0)).toBe('00:00')
    expect(formatDuration(-5)).toBe('00:00')
    expect(formatDuration(3_723_000)).toBe('1:02:03')
  })
})
