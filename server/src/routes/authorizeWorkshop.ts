import type { Context } from 'hono'

import { boardIdSchema } from '@bordduk/shared'

import { keyMatches } from '../boards/boardSecrets.ts'
import type { Store, WorkshopRow } from '../storage/Store.ts'
import { apiProblem } from '../http/apiProblem.ts'

/** Looks up `:id` and checks the facilitator key in `?key=`: 404 unknown, 403 bad key. */
export async function authorizeWorkshop(
  c: Context,
  store: Store,
): Promise<{ workshop: WorkshopRow; key: string }> {
  const id = c.req.param('id') ?? ''
  const workshop = boardIdSchema.safeParse(id).success ? await store.getWorkshop(id) : undefined
  if (!workshop) throw apiProblem(404, 'unknownWorkshop', 'unknown workshop')
  const key = c.req.query('key') ?? ''
  if (!keyMatches(key, workshop.facilitatorKeyHash)) {
    throw apiProblem(403, 'forbidden', 'missing or invalid facilitator key')
  }
  return { workshop, key }
}
