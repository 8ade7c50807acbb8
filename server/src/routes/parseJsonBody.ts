import type { Context } from 'hono'
import { HTTPException } from 'hono/http-exception'
import type { z } from 'zod'

import { describeIssues } from './parseQuery.ts'

const MAX_BODY_BYTES = 16 * 1024

/** Reads a JSON body and parses it with a zod schema: 413 when too large, or 400 naming the field. */
export async function parseJsonBody<S extends z.ZodType>(
  c: Context,
  schema: S,
  { maxBytes = MAX_BODY_BYTES, tooLargeStatus = 413 }: { maxBytes?: number; tooLargeStatus?: 400 | 413 } = {},
): Promise<z.infer<S>> {
  const raw = await c.req.text()
  if (raw.length > maxBytes) {
    throw new HTTPException(tooLargeStatus, {
      message: `request body too large: at most ${maxBytes / 1024} KB`,
    })
  }
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
