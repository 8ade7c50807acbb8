import { Hono } from 'hono'

import type { RouteDeps } from '../AppDeps.ts'

/**
 * `GET /healthz`: 200 while the store answers and every board's changes are stored; 503 while
 * the store is unreachable (a load balancer then sends people elsewhere) or some changes are only
 * in memory. Redis away is no reason for a 503: the instance serves its own browsers meanwhile and
 * repairs when Redis is back; it is reported, so operators see it.
 */
export function healthzRoute({ rooms, store, fanout }: RouteDeps) {
  return new Hono().get('/healthz', async (c) => {
    const [storeUp, redis] = await Promise.all([store.ping().catch(() => false), fanout.reachable()])
    const failing = rooms.failingBoards
    const report = {
      instance: fanout.instanceId,
      connections: rooms.connectionCount,
      ...(redis === null ? {} : { redis }),
    }
    if (!storeUp) return c.json({ ok: false, store: 'unreachable', boardsNotSaved: failing, ...report }, 503)
    if (failing > 0) return c.json({ ok: false, boardsNotSaved: failing, ...report }, 503)
    return c.json({ ok: true, ...report })
  })
}
