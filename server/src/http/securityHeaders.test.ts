import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import { inMemoryApp } from '../testing/inMemoryApp.ts'
import { SVG_CONTENT_SECURITY_POLICY } from './securityHeaders.ts'

const clientDir = mkdtempSync(join(tmpdir(), 'bordduk-client-'))
writeFileSync(join(clientDir, 'index.html'), '<!doctype html><title>Bordduk</title>')
afterAll(() => rmSync(clientDir, { recursive: true, force: true }))

/** The directives of a Content-Security-Policy header, by name. */
function directives(header: string | null): Map<string, string[]> {
  const entries = (header ?? '').split(';').map((part) => part.trim().split(/\s+/))
  return new Map(entries.map(([name = '', ...sources]) => [name, sources]))
}

describe('security headers', () => {
  it('put nosniff and a script-from-self policy on every response: page, JSON, errors', async () => {
    const { app } = inMemoryApp({}, { clientDir })
    const responses = [
      await app.request('/b/some-board?key=x'), // the client's index.html
      await app.request('/api/templates'),
      await app.request('/api/templates?locale=de'), // 400
      await app.request('/api/nothing-here'), // 404
      await app.request('/api/boards', { method: 'POST', body: '{}' }), // 415
    ]
    for (const response of responses) {
      expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff')
      expect(response.headers.get('Referrer-Policy')).toBe('no-referrer') // board links carry keys
      const csp = directives(response.headers.get('Content-Security-Policy'))
      expect(csp.get('script-src')).toEqual(["'self'"])
      expect(csp.get('object-src')).toEqual(["'none'"])
      expect(csp.get('frame-ancestors')).toEqual(["'self'"])
      expect(csp.get('base-uri')).toEqual(["'self'"])
      expect(csp.get('style-src')).toEqual(["'self'", "'unsafe-inline'"])
      expect(csp.get('img-src')).toEqual(["'self'", 'data:', 'blob:'])
      expect(csp.get('connect-src')).toEqual(["'self'", 'data:', 'ws://localhost', 'wss://localhost'])
    }
    expect(responses.map((r) => r.status)).toEqual([200, 200, 400, 404, 415])
  })

  it('allow the socket on PUBLIC_URL’s host, and nothing from a Host header that could add sources', async () => {
    const { app } = inMemoryApp({ PUBLIC_URL: 'https://bordduk.example.no' })
    const behindProxy = await app.request('http://127.0.0.1:8787/healthz')
    expect(directives(behindProxy.headers.get('Content-Security-Policy')).get('connect-src')).toEqual([
      "'self'",
      'data:',
      'ws://bordduk.example.no',
      'wss://bordduk.example.no',
    ])
    const direct = inMemoryApp().app
    const odd = await direct.request('http://a;script-src*/healthz')
    expect(directives(odd.headers.get('Content-Security-Policy')).get('connect-src')).toEqual([
      "'self'",
      'data:',
    ])
  })

  it('give drawn SVG a policy under which no script runs at all', async () => {
    const { app } = inMemoryApp()
    const preview = await app.request('/api/templates/lup-oppstart/preview.svg')
    expect(preview.headers.get('Content-Type')).toMatch(/^image\/svg\+xml/)
    expect(preview.headers.get('Content-Security-Policy')).toBe(SVG_CONTENT_SECURITY_POLICY)
    const csp = directives(SVG_CONTENT_SECURITY_POLICY)
    expect(csp.get('default-src')).toEqual(["'none'"])
    expect(csp.has('script-src')).toBe(false)
    expect(preview.headers.get('X-Content-Type-Options')).toBe('nosniff')
  })
})
