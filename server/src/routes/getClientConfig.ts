import { Hono } from 'hono'

import type { ClientConfig } from '@bordduk/shared'

import type { AppDeps } from '../AppDeps.ts'

/** `GET /api/client-config`: what the browser needs from the server's configuration. */
export function getClientConfigRoute({ config }: AppDeps) {
  return new Hono().get('/api/client-config', (c) => {
    const body: ClientConfig = { tldrawLicenseKey: config.tldrawLicenseKey }
    return c.json(body)
  })
}
