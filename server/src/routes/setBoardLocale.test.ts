import { describe, expect, it } from 'vitest'

import { Y_RECORDS_ARRAY, Y_WORKSHOP_LOCALE_KEY, Y_WORKSHOP_MAP, workshopSchema } from '@bordduk/shared'
import type { BoardMeta, CreatedBoard } from '@bordduk/shared'

import { inMemoryApp } from '../testing/inMemoryApp.ts'

const keyOf = (url: string) => new URL(url).searchParams.get('key')!

describe('PUT /api/boards/:id/locale', () => {
  it("on a workshop's group board: only the facilitator's key, and the map carries the language", async () => {
    const { app, rooms, sendJson } = inMemoryApp()
    const created = await sendJson('POST', '/api/workshops', { templateId: 'lup-oppstart', groups: 1 })
    const workshop = workshopSchema.parse(await created.json())
    const group = workshop.groups[0]!
    const put = (key: string) =>
      sendJson('PUT', `/api/boards/${group.boardId}/locale?key=${key}`, { locale: 'en' })

    const participant = await put(keyOf(group.editUrl))
    expect(participant.status).toBe(403)
    expect(((await participant.json()) as { error: string }).error).toMatch(/only the facilitator/)
    expect((await put(keyOf(group.viewUrl))).status).toBe(403)
    const unchanged = await rooms.withRoom(group.boardId, (room) => room.workshopValue(Y_WORKSHOP_LOCALE_KEY))
    expect(unchanged).toBeUndefined()

    expect((await put(workshop.facilitatorKey)).status).toBe(200)
    const room = await rooms.acquire(group.boardId)
    expect(room.doc.getMap(Y_WORKSHOP_MAP).get(Y_WORKSHOP_LOCALE_KEY)).toBe('en')
    const meta = (await (
      await app.request(`/api/boards/${group.boardId}?key=${keyOf(group.editUrl)}`)
    ).json()) as BoardMeta
    expect(meta).toMatchObject({ locale: 'en', inWorkshop: true, role: 'edit' })
  })

  it('outside a workshop: any edit key switches it, into the same map', async () => {
    const { app, rooms, sendJson } = inMemoryApp()
    const board = (await (
      await sendJson('POST', '/api/boards', { templateId: 'lup-oppstart' })
    ).json()) as CreatedBoard
    const response = await sendJson('PUT', `/api/boards/${board.id}/locale?key=${board.editKey}`, {
      locale: 'en',
    })
    expect(response.status).toBe(200)
    const room = await rooms.acquire(board.id)
    expect(room.doc.getMap(Y_WORKSHOP_MAP).get(Y_WORKSHOP_LOCALE_KEY)).toBe('en')
    const meta = (await (
      await app.request(`/api/boards/${board.id}?key=${board.viewKey}`)
    ).json()) as BoardMeta
    expect(meta.inWorkshop).toBe(false)
  })

  it('a version saved before a switch comes back in the board’s language: restoring does not switch it', async () => {
    const { rooms, sendJson } = inMemoryApp()
    const board = (await (
      await sendJson('POST', '/api/boards', { templateId: 'lup-oppstart' })
    ).json()) as CreatedBoard
    const api = (path: string) => `/api/boards/${board.id}${path}?key=${board.editKey}`
    const saved = await sendJson('POST', api('/versions'), { name: 'På norsk' })
    expect(saved.status).toBe(201)
    const { id } = (await saved.json()) as { id: number }
    expect((await sendJson('PUT', api('/locale'), { locale: 'en' })).status).toBe(200)
    expect((await sendJson('POST', api(`/versions/${id}/restore`), {})).status).toBe(200)
    const room = await rooms.acquire(board.id)
    const records = room.doc.getArray<{ key: string; val: { name?: string } }>(Y_RECORDS_ARRAY).toArray()
    expect(records.find((e) => e.key === 'document:document')?.val.name).toBe('Startup')
    expect(room.doc.getMap(Y_WORKSHOP_MAP).get(Y_WORKSHOP_LOCALE_KEY)).toBe('en')
  })
})
