import type { Context } from 'hono'
import { HTTPException } from 'hono/http-exception'

import { boardIdSchema } from '@bordduk/shared'

import { keyMatches } from '../boards/boardSecrets.ts'
import type { Store, WorkshopRow } from '../storage/Store.ts'

/** Looks up `:id` and checks the facilitator key in `?key=`: 404 unknown, 403 bad key. */
export async function authorizeWorkshop(
  c: Context,
  store: Store,
): Promise<{ workshop: WorkshopRow; key: string }> {
  const id = c.req.param('id') ?? ''
  const workshop = boardIdSchema.safeParse(id).success ? await store.getWorkshop(id) : undefined
  if (!workshop) throw new HTTPException(404, { message: 'unknown workshop' })
  const key = c.req.query('key') ?? ''
  if (!keyMatches(key, workshop.facilitatorKeyHash)) {
    throw new HTTPException(403, { message: 'missing or invalid facilitator key' })
  }
  return { workshop, key }
}
