import { Hono } from 'hono'

import type { RouteDeps } from '../AppDeps.ts'
import { describeWorkshop } from '../workshops/describeWorkshop.ts'
import { authorizeWorkshop } from './authorizeWorkshop.ts'
import { publicOrigin } from './boardLinks.ts'

/** `GET /api/workshops/:id?key=<facilitator key>`: the workshop, its groups, links and head counts. */
export function getWorkshopRoute({ config, store, rooms }: RouteDeps) {
  return new Hono().get('/api/workshops/:id', async (c) => {
    const { workshop, key } = await authorizeWorkshop(c, store)
    const boards = await store.workshopBoards(workshop.id)
    return c.json(describeWorkshop(workshop, boards, key, publicOrigin(c, config), rooms))
  })
}
