import type { HttpBindings } from '@hono/node-server'
import type { Context } from 'hono'

import { clientAddress } from './clientAddress.ts'

/** The address an HTTP request came from, for per-address limits (see {@link clientAddress}). */
export function requestAddress(c: Context, trustProxy: boolean): string {
  // No Node socket when the app is called in memory (`app.request()` in tests).
  const bindings = c.env as Partial<HttpBindings> | undefined
  return clientAddress(bindings?.incoming?.socket.remoteAddress, c.req.header('X-Forwarded-For'), trustProxy)
}
