import { describe, expect, it } from 'vitest'

import { clientConfigSchema } from '@bordduk/shared'

import { inMemoryApp } from '../testing/inMemoryApp.ts'

describe('GET /api/client-config', () => {
  it("hands the browser the host's accessibility contact, and leaves it out when unset", async () => {
    const configured = inMemoryApp({ ACCESSIBILITY_CONTACT: 'uu@kommune.example.no' })
    const body = clientConfigSchema.parse(await (await configured.app.request('/api/client-config')).json())
    expect(body.accessibilityContact).toBe('uu@kommune.example.no')

    const plain = inMemoryApp()
    const none = clientConfigSchema.parse(await (await plain.app.request('/api/client-config')).json())
    expect(none.accessibilityContact).toBeUndefined()
  })
})
