import { Hono } from 'hono'

import type { RouteDeps } from '../AppDeps.ts'
import { describeWorkshop } from '../workshops/describeWorkshop.ts'
import { ensureFacilitatorBoardKeys } from '../workshops/ensureFacilitatorBoardKeys.ts'
import { authorizeWorkshop } from './authorizeWorkshop.ts'
import { publicOrigin } from './boardLinks.ts'

/**
 * `GET /api/workshops/:id?key=<facilitator key>`: the workshop, its groups, links and head
 * counts, the timer and the messages sent.
 */
export function getWorkshopRoute({ config, store, rooms }: RouteDeps) {
  return new Hono().get('/api/workshops/:id', async (c) => {
    const { workshop, key } = await authorizeWorkshop(c, store)
    const boards = await ensureFacilitatorBoardKeys(store, await store.workshopBoards(workshop.id), key)
    return c.json(await describeWorkshop(workshop, boards, key, publicOrigin(c, config), { store, rooms }))
  })
}
