import { Hono } from 'hono'
import { z } from 'zod'

import { DEFAULT_LOCALE, localeSchema } from '@bordduk/shared'
import type { TemplateSummary } from '@bordduk/shared'
import { builtInTemplates, summarize } from '@bordduk/templates'

import { parseQuery } from './parseQuery.ts'

const querySchema = z.object({ locale: localeSchema.default(DEFAULT_LOCALE) })

/** `GET /api/templates?locale=nb|en`: the template catalogue in one language. */
export function listTemplatesRoute() {
  return new Hono().get('/api/templates', (c) => {
    const { locale } = parseQuery(c, querySchema)
    const body: TemplateSummary[] = builtInTemplates.map((template) => ({
      ...summarize(template, locale),
      previewUrl: `/api/templates/${template.id}/preview.svg?locale=${locale}`,
    }))
    return c.json(body)
  })
}
