import { describe, expect, it } from 'vitest'

import { hashKey, keyMatches, newBoardId, newKey } from './boardSecrets.ts'

describe('board secrets', () => {
  it('makes long, distinct, URL-safe ids and keys', () => {
    const keys = new Set(Array.from({ length: 200 }, newKey))
    expect(keys.size).toBe(200)
    for (const key of keys) expect(key).toMatch(/^[A-Za-z0-9_-]{24}$/)
    expect(newBoardId()).toMatch(/^[A-Za-z0-9_-]{20}$/)
  })

  it('matches a key only against its own hash', () => {
    const key = newKey()
    const hash = hashKey(key)
    expect(hash).not.toContain(key)
    expect(keyMatches(key, hash)).toBe(true)
    expect(keyMatches(newKey(), hash)).toBe(false)
    expect(keyMatches(key, 'not-hex')).toBe(false)
  })
})
