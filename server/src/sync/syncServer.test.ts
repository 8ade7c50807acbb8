import { join } from 'node:path'

import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'

import { CLOSE_CODES } from '@bordduk/shared'
import type { CreatedBoard } from '@bordduk/shared'

import { boardRecords } from '../boards/boardDocument.ts'
import type { StoredRecord } from '../boards/boardDocument.ts'
import { newBoardId } from '../boards/boardSecrets.ts'
import type { RunningServer } from '../startServer.ts'
import { SqliteStore } from '../storage/SqliteStore.ts'
import { sampleNote } from '@bordduk/shared/testing'

import { parseConfig } from '../config.ts'
import { waitUntil } from '../testing/boardFixtures.ts'
import { testServers } from '../testing/testServer.ts'
import { ControllableStore } from '../testing/ControllableStore.ts'
import { RawSyncClient, syncUrl } from './testing/rawSyncClient.ts'
import { clientFrames } from './testing/syncFrames.ts'

const harness = testServers()
afterEach(() => harness.cleanup())
const { tempDir, start, joinRoom } = harness

async function createBoard(server: RunningServer): Promise<CreatedBoard> {
  const response = await fetch(`${server.url}/api/boards`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: '{}',
  })
  expect(response.status).toBe(201)
  return (await response.json()) as CreatedBoard
}

async function fetchRecords(server: RunningServer, board: CreatedBoard): Promise<StoredRecord[]> {
  const response = await fetch(`${server.url}/api/boards/${board.id}/snapshot?key=${board.editKey}`)
  expect(response.status).toBe(200)
  return ((await response.json()) as { records: StoredRecord[] }).records
}

/** Connects where the server should refuse, and answers how it closed the socket. */
async function refusal(server: RunningServer, path: string) {
  const client = harness.track(await RawSyncClient.connect(`${server.url.replace(/^http/, 'ws')}${path}`))
  const closed = await client.closed
  expect(client.frames).toEqual([]) // nothing about the board leaked before the close
  return closed
}

const shape = (id: string) => sampleNote(id, 10, 20) as unknown as StoredRecord

describe('sync server', () => {
  it('refuses unknown boards, bad keys and malformed ids with their close codes', async () => {
    const server = await start(tempDir())
    const board = await createBoard(server)
    expect(await refusal(server, `/sync/${newBoardId()}?key=${board.editKey}`)).toEqual(CLOSE_CODES.notFound)
    expect(await refusal(server, `/sync/${board.id}?key=${board.editKey}x`)).toEqual(CLOSE_CODES.forbidden)
    expect(await refusal(server, `/sync/${board.id}`)).toEqual(CLOSE_CODES.forbidden)
    expect(CLOSE_CODES.forbidden).toEqual({ code: 4403, reason: 'missing or invalid board key' })
    expect(CLOSE_CODES.notFound).toEqual({ code: 4404, reason: 'unknown board' })
    expect(await refusal(server, `/sync/short?key=${board.editKey}`)).toEqual(CLOSE_CODES.notFound)
    expect(await refusal(server, `/sync/${board.id}.x?key=${board.editKey}`)).toEqual(CLOSE_CODES.notFound)
  })

  it('survives a board id with broken percent-encoding', async () => {
    const server = await start(tempDir())
    expect(await refusal(server, '/sync/%E0%A4%A?key=x')).toEqual(CLOSE_CODES.notFound)
    const board = await createBoard(server) // still serving
    const client = await joinRoom(server, board.id, board.editKey)
    expect(boardRecords(await client.roundTrip()).has('document:document')).toBe(true)
  })

  it("ignores a viewer's crafted update: not applied, not relayed, not stored", async () => {
    const dir = tempDir()
    let server = await start(dir)
    const board = await createBoard(server)
    const editor = await joinRoom(server, board.id, board.editKey)
    const viewer = await joinRoom(server, board.id, board.viewKey)
    await viewer.roundTrip()
    viewer.edit((doc) => boardRecords(doc).set('shape:evil', shape('shape:evil')))
    viewer.send(clientFrames.syncStep2(Y.encodeStateAsUpdate(viewer.doc)))

    const serverState = await viewer.roundTrip() // the server has handled both frames by now
    expect(boardRecords(serverState).has('shape:evil')).toBe(false)
    expect(boardRecords(serverState).has('document:document')).toBe(true)
    await editor.roundTrip() // anything relayed to the editor would have arrived before this
    expect(editor.framesOf('update')).toHaveLength(0)
    expect(boardRecords(editor.doc).has('shape:evil')).toBe(false)

    await server.close()
    server = await start(dir)
    const ids = (await fetchRecords(server, board)).map((record) => record.id)
    expect(ids).toContain('document:document')
    expect(ids).not.toContain('shape:evil')
  })

  it('relays updates between editors, without echoing them to the sender', async () => {
    const server = await start(tempDir())
    const board = await createBoard(server)
    const a = await joinRoom(server, board.id, board.editKey)
    const b = await joinRoom(server, board.id, board.editKey)
    await Promise.all([a.roundTrip(), b.roundTrip()])

    a.edit((doc) => boardRecords(doc).set('shape:a', shape('shape:a')))
    await b.waitFor('update', () => boardRecords(b.doc).has('shape:a'))
    b.edit((doc) => boardRecords(doc).set('shape:b', shape('shape:b')))
    await a.waitFor('update', () => boardRecords(a.doc).has('shape:b'))

    await a.roundTrip()
    expect(a.framesOf('update')).toHaveLength(1) // b's change only
    expect(boardRecords(a.doc).get('shape:a')).toEqual(shape('shape:a'))
    expect(Y.encodeStateVector(a.doc)).toEqual(Y.encodeStateVector(b.doc))
  })

  it('answers nobody before the board is loaded, then applies the frames it held', async () => {
    const dir = tempDir()
    const store = new ControllableStore(new SqliteStore(join(dir, 'bordduk.sqlite')))
    const server = await start(dir, { store })
    const board = await createBoard(server)
    const release = store.hold('loadDoc')
    const early = harness.track(await RawSyncClient.connect(syncUrl(server.url, board.id, board.editKey)))
    early.edit((doc) => boardRecords(doc).set('shape:early', shape('shape:early')))
    const state = early.roundTrip()
    await waitUntil(() => store.calls.loadDoc === 1, 'the board is loading')
    await new Promise((resolve) => setTimeout(resolve, 100)) // let the server read the frames meanwhile
    expect(early.frames).toEqual([])

    release()
    expect(boardRecords(await state).get('shape:early')).toEqual(shape('shape:early'))
  })

  it('relays presence, and removes it when its client leaves', async () => {
    const server = await start(tempDir())
    const board = await createBoard(server)
    const a = await joinRoom(server, board.id, board.editKey)
    const b = await joinRoom(server, board.id, board.viewKey)
    const ada = a.doc.clientID
    a.setPresence({ user: { name: 'Ada' } })
    await b.waitFor('awareness', () => b.awareness.getStates().get(ada)?.user?.name === 'Ada')

    await a.close()
    await b.waitFor('awareness', () => !b.awareness.getStates().has(ada))
  })

  it('closes the socket with 1009 on a frame over 16 MiB, and with 4400 on a malformed one', async () => {
    const server = await start(tempDir())
    const board = await createBoard(server)
    const big = await joinRoom(server, board.id, board.editKey)
    big.send(new Uint8Array(parseConfig({}).limits.maxUpdateBytes + 1024))
    const tooBig = await big.closed
    expect(tooBig.code).toBe(1009)
    expect(tooBig.reason).toMatch(/message too large: at most \d+ bytes/)

    const garbled = await joinRoom(server, board.id, board.editKey)
    garbled.send(Uint8Array.of(7))
    const garbledClose = await garbled.closed
    expect(garbledClose.code).toBe(CLOSE_CODES.malformedMessage.code)
    expect(garbledClose.reason).toMatch(/^malformed message: unknown message type 7/)

    const fine = await joinRoom(server, board.id, board.editKey)
    expect(boardRecords(await fine.roundTrip()).has('document:document')).toBe(true)
  })

  it('closes with 4500 while the board cannot be loaded, and serves it once storage is back', async () => {
    const dir = tempDir()
    const store = new ControllableStore(new SqliteStore(join(dir, 'bordduk.sqlite')))
    const server = await start(dir, { store })
    const board = await createBoard(server)
    store.failLoads = true
    expect(await refusal(server, `/sync/${board.id}?key=${board.editKey}`)).toEqual(CLOSE_CODES.loadFailed)
    expect(server.rooms.size).toBe(0)

    store.failLoads = false
    const client = await joinRoom(server, board.id, board.editKey)
    expect(boardRecords(await client.roundTrip()).has('document:document')).toBe(true)
  })

  it('saves pending updates on graceful close; the snapshot route shows them after restart', async () => {
    const dir = tempDir()
    let server = await start(dir, { persistence: { saveBatchMs: 60 * 60_000 } })
    const board = await createBoard(server)
    const client = await joinRoom(server, board.id, board.editKey)
    await client.roundTrip()
    client.edit((doc) => boardRecords(doc).set('shape:kept', shape('shape:kept')))
    await client.roundTrip() // applied on the server…
    expect(server.rooms.get(board.id)?.persistence.hasUnsaved).toBe(true) // …but not yet written

    await server.close()
    expect(await client.closed).toEqual(CLOSE_CODES.serviceRestart)
    server = await start(dir)
    expect(await fetchRecords(server, board)).toContainEqual(shape('shape:kept'))
  })
})
