import { describe, expect, it } from 'vitest'

import { clientAddress } from './clientAddress.ts'

describe('clientAddress', () => {
  it('uses the socket peer unless a proxy is trusted', () => {
    expect(clientAddress('::ffff:10.1.2.3', '6.6.6.6', false)).toBe('10.1.2.3')
  })

  it('takes the last forwarded hop behind a trusted proxy, never a forged first one', () => {
    expect(clientAddress('127.0.0.1', '6.6.6.6, 10.9.8.7', true)).toBe('10.9.8.7')
    expect(clientAddress('127.0.0.1', 'not-an-ip', true)).toBe('127.0.0.1')
  })
})
