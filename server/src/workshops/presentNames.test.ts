import { afterEach, describe, expect, it } from 'vitest'

import { MAX_PRESENT_NAME_LENGTH, workshopSchema } from '@bordduk/shared'
import type { Workshop } from '@bordduk/shared'

import type { RunningServer } from '../startServer.ts'
import { RawSyncClient, syncUrl } from '../sync/testing/rawSyncClient.ts'
import { testServers } from '../testing/testServer.ts'

const harness = testServers()
afterEach(() => harness.cleanup())

const keyOf = (url: string) => new URL(url).searchParams.get('key')!

async function createWorkshop(server: RunningServer): Promise<Workshop> {
  const response = await fetch(`${server.url}/api/workshops`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ templateId: 'lup-oppstart', groups: 2 }),
  })
  expect(response.status).toBe(201)
  return workshopSchema.parse(await response.json())
}

async function groupsOf(server: RunningServer, workshop: Workshop) {
  const response = await fetch(`${server.url}/api/workshops/${workshop.id}?key=${workshop.facilitatorKey}`)
  return workshopSchema.parse(await response.json()).groups
}
const namesOf = async (server: RunningServer, workshop: Workshop) =>
  (await groupsOf(server, workshop)).map((g) => g.names)

/** Polls the dashboard's answer until `done` holds for the names in it. */
async function namesUntil(
  server: RunningServer,
  workshop: Workshop,
  done: (names: string[][]) => boolean,
): Promise<string[][]> {
  const deadline = Date.now() + 5_000
  for (;;) {
    const names = await namesOf(server, workshop)
    if (done(names) || Date.now() > deadline) return names
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

/** A tab's presence as tldraw publishes it: the name is in the presence record. */
const presence = (userName: unknown) => ({ presence: { typeName: 'instance_presence', userName } })

describe('names on the dashboard', () => {
  it("lists the names present on each board, from the peers' presence, and drops them when they leave", async () => {
    const server = await harness.start(harness.tempDir())
    const workshop = await createWorkshop(server)
    const [one, two] = workshop.groups
    const join = (url: string, boardId: string) =>
      RawSyncClient.join(syncUrl(server.url, boardId, keyOf(url)))
    const kari = await join(one!.editUrl, one!.boardId)
    const ola = await join(one!.editUrl, one!.boardId)
    const viewer = await join(two!.viewUrl, two!.boardId)
    const loading = await join(two!.editUrl, two!.boardId)
    // The projector view joins as an observer: on the board, but nobody present.
    const projector = await RawSyncClient.join(
      `${syncUrl(server.url, one!.boardId, keyOf(one!.viewUrl))}&observer=1`,
    )
    kari.setPresence(presence('  Kari  '))
    ola.setPresence(presence('Ola\u0007'))
    viewer.setPresence(presence('Per ser på'))
    // No name (a tab still loading, the projector view) and not a string: not listed.
    loading.setPresence({ cursor: { x: 1, y: 2 } })

    expect(await namesUntil(server, workshop, (n) => n[0]!.length === 2 && n[1]!.length === 1)).toEqual([
      ['Kari', 'Ola'],
      ['Per ser på'],
    ])
    expect((await groupsOf(server, workshop)).map((g) => g.participants)).toEqual([2, 2])
    await projector.close()

    loading.setPresence(presence({ evil: true }))
    ola.setPresence(presence('x'.repeat(500)))
    const names = await namesUntil(server, workshop, (n) => n[0]![1]?.startsWith('x') === true)
    expect(names[0]![1]).toHaveLength(MAX_PRESENT_NAME_LENGTH)
    expect(names[1]).toEqual(['Per ser på'])

    await kari.close()
    expect((await namesUntil(server, workshop, (n) => n[0]!.length === 1))[0]).toEqual([names[0]![1]])
    await Promise.all([ola.close(), viewer.close(), loading.close()])
    expect(await namesUntil(server, workshop, (n) => n.every((g) => g.length === 0))).toEqual([[], []])
  })
})
