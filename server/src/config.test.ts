import { describe, expect, it } from 'vitest'

import { ConfigError, parseConfig } from './config.ts'

describe('parseConfig', () => {
  it('applies the documented defaults', () => {
    const config = parseConfig({})
    expect(config).toMatchObject({ port: 8787, host: '127.0.0.1', logLevel: 'info' })
    expect(config.dataDir.endsWith('/data')).toBe(true)
    expect(config.databaseUrl).toBeUndefined()
    expect(Object.isFrozen(config)).toBe(true)
  })

  it('rejects a bad port with a message naming the variable', () => {
    expect(() => parseConfig({ PORT: 'eighty' })).toThrow(ConfigError)
    expect(() => parseConfig({ PORT: '70000' })).toThrow(/PORT/)
    expect(() => parseConfig({ PORT: '-1' })).toThrow(/PORT/)
  })

  it('rejects a DATABASE_URL that is not PostgreSQL', () => {
    expect(() => parseConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/)
  })

  it('takes a PostgreSQL URL and a pool size (10 by default, a positive whole number)', () => {
    const config = parseConfig({ DATABASE_URL: 'postgresql://bd@db:5432/bordduk', DATABASE_POOL_SIZE: '25' })
    expect(config).toMatchObject({ databaseUrl: 'postgresql://bd@db:5432/bordduk', databasePoolSize: 25 })
    expect(parseConfig({}).databasePoolSize).toBe(10)
    expect(() => parseConfig({ DATABASE_POOL_SIZE: '0' })).toThrow(/DATABASE_POOL_SIZE/)
    expect(() => parseConfig({ DATABASE_POOL_SIZE: 'many' })).toThrow(/DATABASE_POOL_SIZE/)
  })

  it('treats empty strings as unset and trims a trailing slash from PUBLIC_URL', () => {
    const config = parseConfig({ REDIS_URL: '', PUBLIC_URL: 'https://bordduk.example.no/' })
    expect(config.redisUrl).toBeUndefined()
    expect(config.publicUrl).toBe('https://bordduk.example.no')
  })

  it('takes an e-mail address or an http(s) URL as ACCESSIBILITY_CONTACT, nothing else', () => {
    expect(parseConfig({}).accessibilityContact).toBeUndefined()
    expect(parseConfig({ ACCESSIBILITY_CONTACT: ' uu@kommune.example.no ' }).accessibilityContact).toBe(
      'uu@kommune.example.no',
    )
    expect(parseConfig({ ACCESSIBILITY_CONTACT: 'https://kommune.example.no/uu' }).accessibilityContact).toBe(
      'https://kommune.example.no/uu',
    )
    expect(() => parseConfig({ ACCESSIBILITY_CONTACT: 'javascript:alert(1)' })).toThrow(
      /ACCESSIBILITY_CONTACT/,
    )
    expect(() => parseConfig({ ACCESSIBILITY_CONTACT: 'ring oss' })).toThrow(/ACCESSIBILITY_CONTACT/)
  })
})
