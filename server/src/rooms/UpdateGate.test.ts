import { afterEach, describe, expect, it } from 'vitest'
import { YKeyValue } from 'y-utility/y-keyvalue'
import * as Y from 'yjs'

import { CLOSE_CODES, Y_RECORDS_ARRAY } from '@bordduk/shared'
import { sampleNote } from '@bordduk/shared/testing'
import { findBuiltInTemplate, instantiate } from '@bordduk/templates'

import { writeInitialRecords } from '../boards/boardDocument.ts'
import type { StoredRecord } from '../boards/boardDocument.ts'
import { tldrawSchema } from '../boards/tldrawSchema.ts'
import { parseConfig } from '../config.ts'
import { SqliteStore } from '../storage/SqliteStore.ts'
import { createTestBoard, silentLogger, waitUntil } from '../testing/boardFixtures.ts'
import { FakePeer } from '../testing/FakePeer.ts'
import { handlePeerMessage } from '../sync/handlePeerMessage.ts'
import { clientFrames } from '../sync/testing/syncFrames.ts'
import { BoardRoom } from './BoardRoom.ts'

const cleanups: (() => Promise<void>)[] = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup()
})

const SECTION = 'shape:tpl-oppstart-tid'

/** A loaded room on the startup tablecloth, with limits that may be lowered. */
async function setup(limits: Partial<ReturnType<typeof parseConfig>['limits']> = {}) {
  const store = new SqliteStore(':memory:')
  const doc = new Y.Doc()
  writeInitialRecords(
    doc,
    instantiate(findBuiltInTemplate('lup-oppstart')!, 'nb') as unknown as StoredRecord[],
    tldrawSchema,
  )
  const board = await createTestBoard(store, doc)
  const room = new BoardRoom(board.id, store, silentLogger, { ...parseConfig({}).limits, ...limits })
  await room.load()
  cleanups.push(async () => {
    room.destroy()
    await store.close()
  })
  return { store, room, boardId: board.id }
}

/** A client replica of the room that records its own updates instead of sending them. */
function client(room: BoardRoom) {
  const doc = new Y.Doc()
  Y.applyUpdate(doc, room.encodeState())
  const records = new YKeyValue<StoredRecord>(doc.getArray(Y_RECORDS_ARRAY))
  const edit = (change: (records: YKeyValue<StoredRecord>) => void) => {
    const before = Y.encodeStateVector(doc)
    change(records)
    return Y.encodeStateAsUpdate(doc, before)
  }
  return { doc, records, edit }
}

const note = (id: string, text = 'Behov') => sampleNote(id, 0, 0, text) as unknown as StoredRecord
const has = (room: BoardRoom, id: string) => room.readRecords().some((r) => r.id === id)

describe('UpdateGate (through a room)', () => {
  it('holds an update that arrives before the one it builds on, then applies both in order', async () => {
    const { room } = await setup()
    const peer = new FakePeer('edit')
    const other = new FakePeer('edit')
    room.addPeer(peer)
    room.addPeer(other)
    const c = client(room)
    const first = c.edit((r) => r.set('shape:a', note('shape:a')))
    const second = c.edit((r) => r.set('shape:a', note('shape:a', 'endret')))

    room.receiveUpdate(peer, second)
    expect(has(room, 'shape:a')).toBe(false)
    expect(room.stats.heldBytes).toBe(second.byteLength)
    room.receiveUpdate(peer, first)
    expect(room.stats.heldBytes).toBe(0)
    expect(peer.closedWith).toBeNull()
    expect(room.readRecords().find((r) => r.id === 'shape:a')).toEqual(note('shape:a', 'endret'))
    expect(other.framesOf('update')).toHaveLength(2)
  })

  it('answers a save receipt only once the held updates sent before it are applied and stored', async () => {
    const { room } = await setup()
    const peer = new FakePeer('edit')
    room.addPeer(peer)
    const c = client(room)
    const first = c.edit((r) => r.set('shape:a', note('shape:a')))
    const second = c.edit((r) => r.set('shape:b', note('shape:b')))
    handlePeerMessage(room, peer, clientFrames.update(second))
    handlePeerMessage(room, peer, clientFrames.saveReceiptRequest(1))
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(peer.framesOf('saveReceipt')).toHaveLength(0)
    handlePeerMessage(room, peer, clientFrames.update(first))
    await waitUntil(() => peer.framesOf('saveReceipt').length === 1, 'the receipt is sent')
    expect(has(room, 'shape:b')).toBe(true)
  })

  it('checks an update built on the facilitator’s next change on its own, never inside the facilitator’s', async () => {
    const { room } = await setup()
    const facilitator = new FakePeer('facilitator')
    const attacker = new FakePeer('edit')
    room.addPeer(facilitator)
    room.addPeer(attacker)
    const f = client(room)
    const facilitatorEdit = f.edit((r) => r.set('shape:f', note('shape:f')))
    // The attacker has seen the facilitator's change (say, a clock in presence) before the server.
    const a = client(room)
    Y.applyUpdate(a.doc, facilitatorEdit)
    const section = a.records.get(SECTION)!
    const attack = a.edit((r) => r.set(SECTION, { ...section, x: 9999, isLocked: false }))

    room.receiveUpdate(attacker, attack)
    expect(attacker.closedWith).toBeNull() // waiting, not applied, not parked in Yjs
    expect(room.doc.store.pendingStructs).toBeNull()
    room.receiveUpdate(facilitator, facilitatorEdit)
    expect(has(room, 'shape:f')).toBe(true)
    expect(attacker.closedWith?.code).toBe(CLOSE_CODES.updateRefused.code)
    expect(facilitator.closedWith).toBeNull()
    expect((room.readRecords().find((r) => r.id === SECTION) as unknown as { x: number }).x).toBe(section.x)
  })

  it('refuses writes under a live neighbour’s client id, which would swallow the neighbour’s own next edits', async () => {
    const { room } = await setup()
    const kari = new FakePeer('edit')
    const mallory = new FakePeer('edit')
    room.addPeer(kari)
    room.addPeer(mallory)
    const k = client(room)
    room.receiveUpdate(
      kari,
      k.edit((r) => r.set('shape:k1', note('shape:k1'))),
    )
    // Mallory copies Kari's doc, client id included, and writes Kari's next clocks.
    const forged = client(room)
    forged.doc.clientID = k.doc.clientID
    room.receiveUpdate(
      mallory,
      forged.edit((r) => r.set('shape:m', note('shape:m'))),
    )
    // Kari still answers a ping, so this is not Kari back on a new socket.
    await waitUntil(() => mallory.closedWith !== null, 'the impostor is refused')
    expect(mallory.closedWith?.code).toBe(CLOSE_CODES.updateRefused.code)
    room.receiveUpdate(
      kari,
      k.edit((r) => r.set('shape:k2', note('shape:k2'))),
    )
    expect(kari.closedWith).toBeNull()
    expect(has(room, 'shape:k2')).toBe(true)
    expect(has(room, 'shape:m')).toBe(false)
  })

  it('takes a socket with the same tab session as that tab back: its old socket goes at once', async () => {
    const { room } = await setup()
    const old = new FakePeer('edit')
    old.session = 'tab-secret-0123456789'
    room.addPeer(old)
    const k = client(room)
    room.receiveUpdate(
      old,
      k.edit((r) => r.set('shape:before', note('shape:before'))),
    )
    const back = new FakePeer('edit')
    back.session = old.session
    room.addPeer(back)
    expect(old.terminated).toBe(true)
    room.receiveUpdate(
      back,
      k.edit((r) => r.set('shape:after', note('shape:after'))),
    )
    expect(has(room, 'shape:after')).toBe(true)
    expect(room.peerCount).toBe(1)
  })

  it('closes a connection whose waiting updates pass the pending budget, and keeps the rest', async () => {
    const { room } = await setup({ maxPendingUpdateBytes: 2_000 })
    const peer = new FakePeer('edit')
    room.addPeer(peer)
    const c = client(room)
    c.edit((r) => r.set('shape:gap', note('shape:gap'))) // never sent
    for (let i = 0; i < 10 && !peer.closedWith; i++) {
      room.receiveUpdate(
        peer,
        c.edit((r) => r.set(`shape:n${i}`, note(`shape:n${i}`, 'x'.repeat(200)))),
      )
    }
    expect(peer.closedWith?.code).toBe(CLOSE_CODES.overLimit.code)
    expect(peer.closedWith?.reason).toMatch(/wait for changes the server never got/)
    expect(room.stats.heldBytes).toBe(0)
  })

  it('refuses updates that add content to a full board, but still takes deletes', async () => {
    const { room } = await setup()
    const size = room.encodeState().byteLength
    const peer = new FakePeer('edit')
    room.addPeer(peer)
    const c = client(room)
    room.receiveUpdate(
      peer,
      c.edit((r) => r.set('shape:a', note('shape:a'))),
    )
    expect(peer.closedWith).toBeNull()

    const { room: full } = await setup({ maxBoardBytes: size + 50 })
    const tight = new FakePeer('edit')
    full.addPeer(tight)
    const t = client(full)
    const del = t.edit((r) => r.delete('shape:tpl-oppstart-tid-x')) // nothing to delete: harmless
    full.receiveUpdate(tight, del)
    expect(tight.closedWith).toBeNull()
    full.receiveUpdate(
      tight,
      t.edit((r) => r.set('shape:big', note('shape:big', 'x'.repeat(500)))),
    )
    expect(tight.closedWith?.code).toBe(CLOSE_CODES.overLimit.code)
    expect(tight.closedWith?.reason).toMatch(/board is full/)
    expect(has(full, 'shape:big')).toBe(false)
  })
})
