import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import { inMemoryApp } from '../testing/inMemoryApp.ts'

const clientDir = mkdtempSync(join(tmpdir(), 'bordduk-client-'))
writeFileSync(join(clientDir, 'index.html'), '<!doctype html><title>Bordduk</title>')
writeFileSync(join(clientDir, 'sw.js'), 'self.addEventListener("fetch", () => {})')
mkdirSync(join(clientDir, 'assets'))
writeFileSync(join(clientDir, 'assets', 'index-abc123.js'), 'console.log(1)')
afterAll(() => rmSync(clientDir, { recursive: true, force: true }))

describe('serving the built client', () => {
  it('caches hashed assets for a year and makes the browser revalidate everything else', async () => {
    const { app } = inMemoryApp({}, { clientDir })
    const asset = await app.request('/assets/index-abc123.js')
    expect(asset.status).toBe(200)
    expect(asset.headers.get('Cache-Control')).toBe('public, max-age=31536000, immutable')
    // A service worker or shell kept by HTTP caches would outlive a new deploy.
    for (const path of ['/sw.js', '/', '/b/some-board?key=x', '/w/some-workshop']) {
      const response = await app.request(path)
      expect(response.status, path).toBe(200)
      expect(response.headers.get('Cache-Control'), path).toBe('no-cache')
    }
    const sw = await app.request('/sw.js')
    expect(sw.headers.get('Content-Type')).toMatch(/javascript/)
  })

  it('never answers an API path or a missing asset with the shell', async () => {
    const { app } = inMemoryApp({}, { clientDir })
    const api = await app.request('/api/nothing-here')
    expect(api.status).toBe(404)
    expect(await api.json()).toEqual({ error: 'not found', code: 'notFound' })
    // An old page asking for a chunk a new deploy removed must get an error, not HTML as script.
    const gone = await app.request('/assets/gone-123.js')
    expect(gone.status).toBe(404)
    expect(gone.headers.get('Cache-Control')).toBeNull()
  })
})
