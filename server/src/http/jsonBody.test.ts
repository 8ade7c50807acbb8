import type { AddressInfo } from 'node:net'

import { serve } from '@hono/node-server'
import { Hono } from 'hono'
import { HTTPException } from 'hono/http-exception'
import { describe, expect, it } from 'vitest'

import { inMemoryApp } from '../testing/inMemoryApp.ts'
import { jsonBody } from './jsonBody.ts'

/** A body of `chunks` chunks of 1 KB, made only as it is read; `pulled` counts what was. */
function countedBody(chunks: number) {
  const counter = { pulled: 0 }
  const chunk = new TextEncoder().encode(`"${'x'.repeat(1022)}"`)
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (counter.pulled === chunks) return controller.close()
      counter.pulled++
      controller.enqueue(chunk)
    },
  })
  return { stream, counter }
}

function streamedRequest(url: string, method: string, stream: ReadableStream<Uint8Array>) {
  return new Request(url, {
    method,
    headers: { 'Content-Type': 'application/json' },
    body: stream,
    duplex: 'half',
  } as RequestInit)
}

/** A bare app with the middleware and the same error rendering as the real one. */
function echoApp(options?: Parameters<typeof jsonBody>[0]) {
  return new Hono()
    .post('/echo', jsonBody(options), async (c) => c.text(await c.req.text()))
    .get('/echo', (c) => c.text('still here'))
    .onError((error, c) =>
      error instanceof HTTPException ? c.json({ error: error.message }, error.status) : c.text('bug', 500),
    )
}

describe('jsonBody', () => {
  it('takes JSON with or without a charset, and refuses text/plain and missing types with 415', async () => {
    const app = echoApp()
    const post = (contentType: string | undefined) =>
      app.request('/echo', {
        method: 'POST',
        headers: contentType ? { 'Content-Type': contentType } : {},
        body: '{"a":1}',
      })
    expect(await (await post('application/json')).text()).toBe('{"a":1}')
    expect((await post('Application/JSON; charset=utf-8')).status).toBe(200)
    for (const refused of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data']) {
      const response = await post(refused)
      expect(response.status).toBe(415)
      expect(await response.json()).toEqual({
        error: 'send the body as JSON, with Content-Type: application/json',
      })
    }
    // A string body without headers is sent as text/plain;charset=UTF-8, like a cross-site form.
    const bare = await app.request('/echo', { method: 'POST', body: '{"a":1}' })
    expect(bare.status).toBe(415)
  })

  it('cuts a streamed body off at the limit without reading the rest', async () => {
    const app = echoApp({ maxBytes: 16 * 1024 })
    const { stream, counter } = countedBody(400 * 1024) // 400 MB if it were all read
    const response = await app.request(streamedRequest('http://localhost/echo', 'POST', stream))
    expect(response.status).toBe(413)
    expect(await response.json()).toEqual({ error: 'request body too large: at most 16 KB' })
    expect(counter.pulled).toBeLessThan(20)
  })

  it('answers 400 instead where a route asks for it, and lets a body at the limit through', async () => {
    const app = echoApp({ maxBytes: 4 * 1024, tooLargeStatus: 400 })
    const atLimit = countedBody(4)
    const ok = await app.request(streamedRequest('http://localhost/echo', 'POST', atLimit.stream))
    expect(ok.status).toBe(200)
    expect((await ok.text()).length).toBe(4 * 1024)
    const over = countedBody(5)
    const refused = await app.request(streamedRequest('http://localhost/echo', 'POST', over.stream))
    expect(refused.status).toBe(400)
  })

  it('closes the connection after refusing a body it did not read, so the next request gets through', async () => {
    const server = serve({ fetch: echoApp().fetch, port: 0, hostname: '127.0.0.1' })
    await new Promise((resolve) => server.once('listening', resolve))
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/echo`
    try {
      for (const contentType of ['application/json', 'text/plain']) {
        const refused = await fetch(url, {
          method: 'POST',
          headers: { 'Content-Type': contentType },
          body: 'x'.repeat(300 * 1024),
        })
        expect(refused.status).toBe(contentType === 'text/plain' ? 415 : 413)
        expect(refused.headers.get('Connection')).toBe('close')
        await refused.text()
        expect(await (await fetch(url)).text()).toBe('still here')
      }
    } finally {
      await new Promise((resolve) => server.close(resolve))
    }
  })
})

describe('JSON routes', () => {
  it('refuse a text/plain board creation (a simple cross-site POST) with 415', async () => {
    const { app } = inMemoryApp()
    const response = await app.request('/api/boards', {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain' },
      body: '{"templateId":"blank"}',
    })
    expect(response.status).toBe(415)
  })

  it('stop reading a streamed 400 MB board creation at 16 KB', async () => {
    const { app } = inMemoryApp()
    const { stream, counter } = countedBody(400 * 1024)
    const response = await app.request(streamedRequest('http://localhost/api/boards', 'POST', stream))
    expect(response.status).toBe(413)
    expect(counter.pulled).toBeLessThan(20)
  })

  it('take a template of up to 256 KB, and stop reading a larger one with 400', async () => {
    const { app } = inMemoryApp()
    const { stream, counter } = countedBody(4 * 1024)
    const response = await app.request(
      streamedRequest('http://localhost/api/templates/egen-0000000000000000?key=x', 'PUT', stream),
    )
    expect(response.status).toBe(400)
    expect(await response.json()).toEqual({
      error: 'request body too large: at most 256 KB',
      code: 'bodyTooLarge',
    })
    expect(counter.pulled).toBeLessThan(260)
  })
})
