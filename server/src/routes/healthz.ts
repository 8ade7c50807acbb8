import { Hono } from 'hono'

import type { RouteDeps } from '../AppDeps.ts'

/** `GET /healthz`: 200 while every board's changes are stored; 503 while some are only in memory. */
export function healthzRoute({ rooms }: RouteDeps) {
  return new Hono().get('/healthz', (c) => {
    const failing = rooms.failingBoards
    if (failing > 0) return c.json({ ok: false, boardsNotSaved: failing }, 503)
    return c.json({ ok: true })
  })
}
