import { describe, expect, it } from 'vitest'

import type { CreatedBoard, Workshop } from '@bordduk/shared'

import { inMemoryApp } from '../testing/inMemoryApp.ts'

const keyOf = (url: string) => new URL(url).searchParams.get('key')!

describe('POST /api/templates', () => {
  it('publishes to the gallery with a facilitator key only; edit keys get 403 with the reason', async () => {
    const { app, sendJson } = inMemoryApp()
    const standalone = (await (await sendJson('POST', '/api/boards', {})).json()) as CreatedBoard
    const workshop = (await (
      await sendJson('POST', '/api/workshops', { templateId: 'lup-oppstart', groups: 1 })
    ).json()) as Workshop
    const group = workshop.groups[0]!
    const save = (key: string, boardId: string) =>
      sendJson('POST', `/api/templates?key=${key}`, {
        boardId,
        title: 'Vår mal',
        description: '',
        locale: 'nb',
      })

    for (const [key, boardId] of [
      [standalone.editKey, standalone.id], // a board outside any workshop
      [keyOf(group.editUrl), group.boardId], // a participant in a workshop
      [keyOf(group.viewUrl), group.boardId],
    ]) {
      const refused = await save(key!, boardId!)
      expect(refused.status).toBe(403)
      expect(await refused.json()).toEqual({
        error: "publishing to the template gallery needs a workshop's facilitator key",
        code: 'facilitatorOnly',
      })
    }
    const gallery = async () =>
      ((await (await app.request('/api/templates')).json()) as { custom: boolean }[]).filter((t) => t.custom)
    expect(await gallery()).toEqual([])

    const saved = await save(workshop.facilitatorKey, group.boardId)
    expect(saved.status).toBe(201)
    expect(await gallery()).toHaveLength(1)
  })
})
