import { readFileSync } from 'node:fs'
import { join } from 'node:path'

import { serveStatic } from '@hono/node-server/serve-static'
import { Hono } from 'hono'

/**
 * The built client: hashed assets cached for a year, every other non-API path answered with
 * index.html so browser routes (`/b/:id`, …) work on reload. Unhashed files (`index.html`, the
 * service worker `sw.js`, the favicon) are revalidated on every use: a new deploy must replace the
 * service worker, and with it the shell it keeps, at the next visit.
 */
export function serveClientRoute(clientDir: string) {
  const indexHtml = readFileSync(join(clientDir, 'index.html'), 'utf8')
  return new Hono()
    .use('*', async (c, next) => {
      await next()
      if (!c.res.ok) return
      const hashed = c.req.path.startsWith('/assets/')
      c.header('Cache-Control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache')
    })
    .use('*', serveStatic({ root: clientDir }))
    .get('*', (c) => {
      // A missing chunk (an old page after a deploy) must fail as such, not run the shell as script.
      const notShell = ['/api/', '/sync/', '/assets/'].some((prefix) => c.req.path.startsWith(prefix))
      if (notShell) return c.notFound()
      return c.html(indexHtml)
    })
}
