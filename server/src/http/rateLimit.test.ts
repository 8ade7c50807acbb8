import type { HttpBindings } from '@hono/node-server'
import { describe, expect, it } from 'vitest'

import { inMemoryApp } from '../testing/inMemoryApp.ts'

/** What @hono/node-server passes as `c.env`: the socket the request came on. */
function fromSocket(remoteAddress: string) {
  return { incoming: { socket: { remoteAddress } } } as unknown as HttpBindings
}

describe('per-address rate limits', () => {
  it('share one creation budget across boards, workshops and templates, then answer 429', async () => {
    const { app } = inMemoryApp({ CREATES_PER_IP_PER_10_MIN: '3' })
    const send = (path: string, body: unknown, address = '10.0.0.1') =>
      app.request(
        path,
        { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) },
        fromSocket(address),
      )
    expect((await send('/api/boards', {})).status).toBe(201)
    const workshop = await send('/api/workshops', { templateId: 'lup-oppstart', groups: 1 })
    expect(workshop.status).toBe(201)
    const { facilitatorKey, groups } = (await workshop.json()) as {
      facilitatorKey: string
      groups: { boardId: string }[]
    }
    const template = { boardId: groups[0]!.boardId, title: 'Vår mal', description: '', locale: 'nb' }
    expect((await send(`/api/templates?key=${facilitatorKey}`, template)).status).toBe(201)

    for (const [path, body] of [
      ['/api/boards', {}],
      ['/api/workshops', { templateId: 'lup-oppstart', groups: 1 }],
      [`/api/templates?key=${facilitatorKey}`, template],
    ] as const) {
      const refused = await send(path, body)
      expect(refused.status).toBe(429)
      const retryAfter = Number(refused.headers.get('Retry-After'))
      expect(retryAfter).toBeGreaterThan(590)
      expect(retryAfter).toBeLessThanOrEqual(600)
      expect(await refused.json()).toEqual({
        error: `too many boards, workshops and templates created from your address; try again in ${retryAfter} s`,
        code: 'tooManyRequests',
      })
    }
    // Another address has its own budget; reading is never limited.
    expect((await send('/api/boards', {}, '10.0.0.2')).status).toBe(201)
    expect((await app.request('/api/templates', {}, fromSocket('10.0.0.1'))).status).toBe(200)
  })

  it('counts the socket peer, and X-Forwarded-For only behind a trusted proxy', async () => {
    const create = (app: ReturnType<typeof inMemoryApp>['app'], forwardedFor: string) =>
      app.request(
        '/api/boards',
        {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': forwardedFor },
          body: '{}',
        },
        fromSocket('127.0.0.1'),
      )
    const direct = inMemoryApp({ CREATES_PER_IP_PER_10_MIN: '1' }).app
    expect((await create(direct, '10.0.0.1')).status).toBe(201)
    // A forged header does not buy a new budget.
    expect((await create(direct, '10.0.0.2')).status).toBe(429)

    const proxied = inMemoryApp({ CREATES_PER_IP_PER_10_MIN: '1', TRUST_PROXY: 'true' }).app
    expect((await create(proxied, '10.0.0.1')).status).toBe(201)
    expect((await create(proxied, '6.6.6.6, 10.0.0.1')).status).toBe(429) // the proxy's hop counts
    expect((await create(proxied, '10.0.0.2')).status).toBe(201)
  })

  it('limits PDF exports per address before anything else is done', async () => {
    const { app } = inMemoryApp({ EXPORTS_PER_IP_PER_10_MIN: '2' })
    const exportPdf = () =>
      app.request('/api/boards/nope-nope-nope-nope/export.pdf', {}, fromSocket('10.0.0.1'))
    expect((await exportPdf()).status).toBe(404)
    expect((await exportPdf()).status).toBe(404)
    const refused = await exportPdf()
    expect(refused.status).toBe(429)
    expect(((await refused.json()) as { error: string }).error).toMatch(/^too many PDF exports/)
    expect(refused.headers.get('Retry-After')).toMatch(/^\d+$/)
  })
})
