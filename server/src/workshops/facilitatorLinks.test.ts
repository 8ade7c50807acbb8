import { afterEach, describe, expect, it } from 'vitest'

import { CLOSE_CODES, workshopSchema } from '@bordduk/shared'
import type { BoardMeta, Workshop } from '@bordduk/shared'

import type { RunningServer } from '../startServer.ts'
import { RawSyncClient, syncUrl } from '../sync/testing/rawSyncClient.ts'
import { inMemoryApp } from '../testing/inMemoryApp.ts'
import { testServers } from '../testing/testServer.ts'

const harness = testServers()
afterEach(() => harness.cleanup())

const keyOf = (url: string) => new URL(url).searchParams.get('key')!

async function createWorkshop(server: RunningServer, groups = 2): Promise<Workshop> {
  const response = await fetch(`${server.url}/api/workshops`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ templateId: 'lup-oppstart', groups }),
  })
  expect(response.status).toBe(201)
  return workshopSchema.parse(await response.json())
}

describe('a group board’s facilitator link', () => {
  it('gives the facilitator’s powers on that board only, without the dashboard key in it', async () => {
    const server = await harness.start(harness.tempDir())
    const workshop = await createWorkshop(server)
    const [first, second] = workshop.groups as [Workshop['groups'][0], Workshop['groups'][0]]
    const boardKey = keyOf(first.facilitatorUrl)
    expect(first.facilitatorUrl).not.toContain(workshop.facilitatorKey)
    expect(boardKey).not.toBe(keyOf(second.facilitatorUrl))

    const role = async (boardId: string, key: string) => {
      const response = await fetch(`${server.url}/api/boards/${boardId}?key=${key}`)
      return response.ok ? ((await response.json()) as BoardMeta).role : response.status
    }
    expect(await role(first.boardId, boardKey)).toBe('facilitator')
    expect(await role(second.boardId, boardKey)).toBe(403)
    // It is no dashboard key: the workshop's controls refuse it.
    expect((await fetch(`${server.url}/api/workshops/${workshop.id}?key=${boardKey}`)).status).toBe(403)
    const timer = await fetch(`${server.url}/api/workshops/${workshop.id}/timer?key=${boardKey}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ action: 'start' }),
    })
    expect(timer.status).toBe(403)

    // The socket gets the facilitator's role too: it may change the printed layer.
    const socket = await harness.joinRoom(server, first.boardId, boardKey)
    await socket.roundTrip()

    // Saving the board as a template makes it the workshop's, listed by the dashboard key.
    const saved = await fetch(`${server.url}/api/templates?key=${boardKey}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ boardId: first.boardId, title: 'Fra gruppe 1', description: '', locale: 'nb' }),
    })
    expect(saved.status).toBe(201)
    const mine = (await (
      await fetch(`${server.url}/api/templates/mine?key=${workshop.facilitatorKey}`)
    ).json()) as unknown[]
    expect(mine).toHaveLength(1)
  })

  it('is replaced with the group’s other links; a replaced link says so, a wrong one does not', async () => {
    const server = await harness.start(harness.tempDir())
    const workshop = await createWorkshop(server)
    const group = workshop.groups[0]!
    const onBoard = await harness.joinRoom(server, group.boardId, keyOf(group.facilitatorUrl))
    const rotated = await fetch(
      `${server.url}/api/workshops/${workshop.id}/groups/${group.boardId}/rotate-keys?key=${workshop.facilitatorKey}`,
      { method: 'POST' },
    )
    const fresh = workshopSchema.parse(await rotated.json()).groups[0]!
    expect(fresh.facilitatorUrl).not.toBe(group.facilitatorUrl)
    expect(await onBoard.closed).toEqual(CLOSE_CODES.keyRotated)

    const meta = (key: string) => fetch(`${server.url}/api/boards/${group.boardId}?key=${key}`)
    for (const url of [group.editUrl, group.viewUrl, group.facilitatorUrl]) {
      const response = await meta(keyOf(url))
      expect(response.status).toBe(403)
      expect(((await response.json()) as { error: string }).error).toBe(CLOSE_CODES.keyRotated.reason)
    }
    const wrong = await meta('x'.repeat(24))
    expect(((await wrong.json()) as { error: string }).error).toBe('missing or invalid board key')
    expect((await meta(keyOf(fresh.facilitatorUrl))).status).toBe(200)

    // A socket opened later on an old link is told the same.
    const late = harness.track(
      await RawSyncClient.connect(syncUrl(server.url, group.boardId, keyOf(group.editUrl))),
    )
    expect(await late.closed).toEqual(CLOSE_CODES.keyRotated)
  })

  it('is given to group boards stored before boards had one, on the dashboard’s next visit', async () => {
    const { sendJson, store, app } = inMemoryApp()
    const created = workshopSchema.parse(
      await (await sendJson('POST', '/api/workshops', { templateId: 'lup-oppstart', groups: 1 })).json(),
    )
    const boardId = created.groups[0]!.boardId
    const board = (await store.getBoard(boardId))!
    await store.setBoardKeys(boardId, { ...board, keyGeneration: 0, facilitatorKeyHash: null })
    const boardKey = keyOf(created.groups[0]!.facilitatorUrl)
    expect((await app.request(`/api/boards/${boardId}?key=${boardKey}`)).status).toBe(403)

    const again = await app.request(`/api/workshops/${created.id}?key=${created.facilitatorKey}`)
    expect(workshopSchema.parse(await again.json()).groups[0]!.facilitatorUrl).toBe(
      created.groups[0]!.facilitatorUrl,
    )
    const meta = await app.request(`/api/boards/${boardId}?key=${boardKey}`)
    expect(((await meta.json()) as BoardMeta).role).toBe('facilitator')
  })
})

describe('the dashboard’s view of a workshop', () => {
  it('holds the running timer and the messages sent, newest first', async () => {
    const { sendJson, app } = inMemoryApp()
    const created = workshopSchema.parse(
      await (await sendJson('POST', '/api/workshops', { templateId: 'lup-oppstart', groups: 2 })).json(),
    )
    expect(created.timer).toBeNull()
    expect(created.messages).toEqual([])
    const control = (path: string, body: object) =>
      sendJson('POST', `/api/workshops/${created.id}/${path}?key=${created.facilitatorKey}`, body)
    expect((await control('timer', { action: 'start', durationMs: 300_000 })).status).toBe(200)
    for (const text of ['Første runde', '', 'Fem minutter igjen']) {
      expect((await control('message', { text })).status).toBe(200)
    }
    const before = Date.now()
    const workshop = workshopSchema.parse(
      await (await app.request(`/api/workshops/${created.id}?key=${created.facilitatorKey}`)).json(),
    )
    expect(workshop.timer).toMatchObject({ durationMs: 300_000, remainingMs: 300_000 })
    expect(workshop.timer!.startedAt).toBeLessThanOrEqual(workshop.serverNow)
    expect(workshop.serverNow).toBeGreaterThanOrEqual(before)
    // The empty message only cleared the boards; it is not listed.
    expect(workshop.messages.map((m) => m.text)).toEqual(['Fem minutter igjen', 'Første runde'])

    expect((await control('end', {})).status).toBe(200)
    const ended = workshopSchema.parse(
      await (await app.request(`/api/workshops/${created.id}?key=${created.facilitatorKey}`)).json(),
    )
    expect(ended.timer).toBeNull()
  })
})
