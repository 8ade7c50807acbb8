import { Hono } from 'hono'

import type { RouteDeps } from '../AppDeps.ts'

/** `GET /healthz`: 200 while every board's changes are stored; 503 while some are only in memory. */
export function healthzRoute({ rooms, fanout }: RouteDeps) {
  return new Hono().get('/healthz', async (c) => {
    const failing = rooms.failingBoards
    // Redis away is no reason to take this instance out: it serves its own peers meanwhile
    // and repairs when Redis is back. Reported, so operators see it.
    const redis = await fanout.reachable()
    const report = {
      instance: fanout.instanceId,
      connections: rooms.connectionCount,
      ...(redis === null ? {} : { redis }),
    }
    if (failing > 0) return c.json({ ok: false, boardsNotSaved: failing, ...report }, 503)
    return c.json({ ok: true, ...report })
  })
}
