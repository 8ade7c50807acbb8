import { Hono } from 'hono'
import { z } from 'zod'

import { DEFAULT_LOCALE, localeSchema } from '@bordduk/shared'

import type { RouteDeps } from '../AppDeps.ts'
import { renderTemplatePreview } from '../templates/renderTemplatePreview.ts'
import { parseQuery } from './parseQuery.ts'
import { apiProblem } from '../http/apiProblem.ts'

const querySchema = z.object({ locale: localeSchema.default(DEFAULT_LOCALE) })

/** `GET /api/templates/:id/preview.svg?locale=`: the gallery picture of a template. */
export function getTemplatePreviewRoute({ templates }: RouteDeps) {
  return new Hono().get('/api/templates/:id/:file{preview\\.svg}', async (c) => {
    const { locale } = parseQuery(c, querySchema)
    const template = await templates.find(c.req.param('id'))
    if (!template) throw apiProblem(404, 'unknownTemplate', 'unknown template')
    return c.body(renderTemplatePreview(template, locale), 200, {
      'Content-Type': 'image/svg+xml; charset=utf-8',
      'Cache-Control': 'no-cache',
    })
  })
}
