import assert from 'node:assert/strict'

import type { Context } from 'hono'
import { HTTPException } from 'hono/http-exception'
import type { z } from 'zod'

import { describeIssues } from './parseQuery.ts'
import { apiProblem } from '../http/apiProblem.ts'

/**
 * Parses a route's JSON body with a zod schema (400 naming the field); an empty body is `{}`.
 * The route must have the `jsonBody()` middleware (`http/jsonBody.ts`), which checked type and size.
 */
export async function parseJsonBody<S extends z.ZodType>(c: Context, schema: S): Promise<z.infer<S>> {
  assert(c.get('jsonBodyMaxBytes') !== undefined, `${c.req.routePath}: parseJsonBody without jsonBody()`)
  const raw = await c.req.text()
  let json: unknown = {}
  if (raw.trim() !== '') {
    try {
      json = JSON.parse(raw)
    } catch {
      throw apiProblem(400, 'bodyNotJson', 'body must be JSON')
    }
  }
  const parsed = schema.safeParse(json)
  if (!parsed.success) throw new HTTPException(400, { message: describeIssues(parsed.error) })
  return parsed.data
}
