import { Hono } from 'hono'

import type { RouteDeps } from '../AppDeps.ts'
import { hashKey } from '../boards/boardSecrets.ts'
import { deriveBoardKeys } from '../boards/workshopKeys.ts'
import { redact } from '../logger.ts'
import { closeReplacedKeyPeers } from '../rooms/closeReplacedKeyPeers.ts'
import { describeWorkshop } from '../workshops/describeWorkshop.ts'
import { authorizeWorkshop } from './authorizeWorkshop.ts'
import { publicOrigin } from './boardLinks.ts'
import { apiProblem } from '../http/apiProblem.ts'

/**
 * `POST /api/workshops/:id/groups/:boardId/rotate-keys?key=`: new edit, view and facilitator
 * links for a group. Old links stop working at once: their open sockets are closed with a
 * reason, and the old keys are remembered so that opening one later says it was replaced.
 */
export function rotateGroupKeysRoute({ config, store, rooms, logger, fanout }: RouteDeps) {
  return new Hono().post('/api/workshops/:id/groups/:boardId/rotate-keys', async (c) => {
    const { workshop, key } = await authorizeWorkshop(c, store)
    const boards = await store.workshopBoards(workshop.id)
    const board = boards.find((b) => b.id === c.req.param('boardId'))
    if (!board) throw apiProblem(404, 'unknownBoard', 'no such group in this workshop')
    const keyGeneration = (board.keyGeneration ?? 0) + 1
    const keys = deriveBoardKeys(key, board.id, keyGeneration)
    const rotated = {
      ...board,
      editKeyHash: hashKey(keys.editKey),
      viewKeyHash: hashKey(keys.viewKey),
      facilitatorKeyHash: hashKey(keys.facilitatorKey),
      keyGeneration,
    }
    await store.setBoardKeys(board.id, rotated, { retireOld: true })
    const closed = await closeReplacedKeyPeers(store, rooms, board.id)
    // Sockets on other instances close when the rotation reaches them.
    fanout.publishEvent({ type: 'keysRotated', boardId: board.id })
    logger.info({ board: redact(board.id), closed }, 'board keys rotated')
    const updated = boards.map((b) => (b.id === board.id ? rotated : b))
    return c.json(await describeWorkshop(workshop, updated, key, publicOrigin(c, config), { store, rooms }))
  })
}
