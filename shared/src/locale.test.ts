import { describe, expect, it } from 'vitest'

import { localizedTextSchema, pickText } from './locale.ts'

describe('template texts', () => {
  it('need bokmål and English; nynorsk and Swedish may wait', () => {
    expect(localizedTextSchema.safeParse({ nb: 'Tid', en: 'Time' }).success).toBe(true)
    expect(localizedTextSchema.safeParse({ nb: 'Tid', nn: 'Tid', en: 'Time', sv: 'Tid' }).success).toBe(true)
    expect(localizedTextSchema.safeParse({ nb: 'Tid', sv: 'Tid' }).success).toBe(false)
    expect(localizedTextSchema.safeParse({ nb: 'Tid', en: 'Time', sv: '' }).success).toBe(false)
  })

  it('are picked in the asked language, else nynorsk from bokmål and Swedish from English', () => {
    const full = { nb: 'Penger', nn: 'Pengar', en: 'Money', sv: 'Pengar ' }
    expect(pickText(full, 'nn')).toBe('Pengar')
    expect(pickText(full, 'sv')).toBe('Pengar ')
    const old = { nb: 'Penger', en: 'Money' }
    expect(pickText(old, 'nb')).toBe('Penger')
    expect(pickText(old, 'nn')).toBe('Penger')
    expect(pickText(old, 'en')).toBe('Money')
    expect(pickText(old, 'sv')).toBe('Money')
  })
})
