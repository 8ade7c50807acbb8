import { Hono } from 'hono'

import type { ClientConfig } from '@bordduk/shared'

import type { RouteDeps } from '../AppDeps.ts'

/** `GET /api/client-config`: what the browser needs from the server's configuration. */
export function getClientConfigRoute({ config }: RouteDeps) {
  return new Hono().get('/api/client-config', (c) => {
    const body: ClientConfig = {
      tldrawLicenseKey: config.tldrawLicenseKey,
      accessibilityContact: config.accessibilityContact,
    }
    return c.json(body)
  })
}
