import { readFileSync } from 'node:fs'
import { join } from 'node:path'

import { serveStatic } from '@hono/node-server/serve-static'
import { Hono } from 'hono'

/**
 * The built client: hashed assets cached for a year, every other non-API path answered with
 * index.html so browser routes (`/b/:id`, …) work on reload.
 */
export function serveClientRoute(clientDir: string) {
  const indexHtml = readFileSync(join(clientDir, 'index.html'), 'utf8')
  return new Hono()
    .use('/assets/*', async (c, next) => {
      await next()
      if (c.res.ok) c.header('Cache-Control', 'public, max-age=31536000, immutable')
    })
    .use('*', serveStatic({ root: clientDir }))
    .get('*', (c) => {
      if (c.req.path.startsWith('/api/') || c.req.path.startsWith('/sync/')) return c.notFound()
      c.header('Cache-Control', 'no-cache')
      return c.html(indexHtml)
    })
}
