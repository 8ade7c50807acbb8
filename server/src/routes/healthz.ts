import { Hono } from 'hono'

import type { RouteDeps } from '../AppDeps.ts'

/**
 * `GET /healthz`: 200 while the store answers and every board's changes are stored; 503 while
 * the store is unreachable (a load balancer then sends people elsewhere) or some changes are only
 * in memory.
 */
export function healthzRoute({ rooms, store }: RouteDeps) {
  return new Hono().get('/healthz', async (c) => {
    const storeUp = await store.ping().catch(() => false)
    const failing = rooms.failingBoards
    if (!storeUp) return c.json({ ok: false, store: 'unreachable', boardsNotSaved: failing }, 503)
    if (failing > 0) return c.json({ ok: false, boardsNotSaved: failing }, 503)
    return c.json({ ok: true })
  })
}
