import { Hono } from 'hono'
import { z } from 'zod'

import { DEFAULT_LOCALE, localeSchema } from '@bordduk/shared'
import type { TemplateSummary } from '@bordduk/shared'
import { summarize } from '@bordduk/templates'

import type { RouteDeps } from '../AppDeps.ts'
import { parseQuery } from './parseQuery.ts'

const querySchema = z.object({ locale: localeSchema.default(DEFAULT_LOCALE) })

/** `GET /api/templates?locale=nb|en`: built-in and facilitators' templates in one language. */
export function listTemplatesRoute({ templates }: RouteDeps) {
  return new Hono().get('/api/templates', async (c) => {
    const { locale } = parseQuery(c, querySchema)
    const body: TemplateSummary[] = (await templates.list()).map(({ template, custom }) => ({
      ...summarize(template, locale),
      custom,
      previewUrl: `/api/templates/${template.id}/preview.svg?locale=${locale}`,
    }))
    return c.json(body)
  })
}
