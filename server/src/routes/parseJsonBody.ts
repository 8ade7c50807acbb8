import type { Context } from 'hono'
import { HTTPException } from 'hono/http-exception'
import type { z } from 'zod'

import { describeIssues } from './parseQuery.ts'

const MAX_BODY_BYTES = 16 * 1024

/** Reads a small JSON body and parses it with a zod schema: 413, or 400 naming the field. */
export async function parseJsonBody<S extends z.ZodType>(c: Context, schema: S): Promise<z.infer<S>> {
  const raw = await c.req.text()
  if (raw.length > MAX_BODY_BYTES) throw new HTTPException(413, { message: 'request body too large' })
  let json: unknown = {}
  if (raw.trim() !== '') {
    try {
      json = JSON.parse(raw)
    } catch {
      throw new HTTPException(400, { message: 'body must be JSON' })
    }
  }
  const parsed = schema.safeParse(json)
  if (!parsed.success) throw new HTTPException(400, { message: describeIssues(parsed.error) })
  return parsed.data
}
