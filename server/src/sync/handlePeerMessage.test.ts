import * as encoding from 'lib0/encoding'
import { afterEach, describe, expect, it } from 'vitest'
import * as awarenessProtocol from 'y-protocols/awareness'
import * as Y from 'yjs'

import { MESSAGE_SAVE_RECEIPT } from '@bordduk/shared'

import { parseConfig } from '../config.ts'
import { BoardRoom } from '../rooms/BoardRoom.ts'
import { DEFAULT_PERSISTENCE_OPTIONS } from '../rooms/DocPersistence.ts'
import { SqliteStore } from '../storage/SqliteStore.ts'
import { addItem, contentOf, createTestBoard, silentLogger, waitUntil } from '../testing/boardFixtures.ts'
import { ControllableStore } from '../testing/ControllableStore.ts'
import { FakePeer } from '../testing/FakePeer.ts'
import { MalformedMessageError, handlePeerMessage } from './handlePeerMessage.ts'
import { clientFrames } from './testing/syncFrames.ts'

const cleanups: (() => Promise<void>)[] = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup()
})

/** A loaded room with an editor, a second editor and a viewer, their handshakes cleared. */
async function setup() {
  const store = new ControllableStore(new SqliteStore(':memory:'))
  const board = await createTestBoard(store)
  const room = new BoardRoom(
    board.id,
    store,
    silentLogger,
    parseConfig({}).limits,
    DEFAULT_PERSISTENCE_OPTIONS,
  )
  await room.load()
  cleanups.push(async () => {
    room.destroy()
    await store.close()
  })
  const editor = new FakePeer('edit')
  const other = new FakePeer('edit')
  const viewer = new FakePeer('view')
  for (const peer of [editor, other, viewer]) room.addPeer(peer)
  for (const peer of [editor, other, viewer]) peer.clear()
  return { store, room, editor, other, viewer }
}

/** A client doc holding the room's current state, and one change made on it. */
function clientChange(room: BoardRoom, value: string): { doc: Y.Doc; update: Uint8Array } {
  const doc = new Y.Doc()
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(room.doc))
  const before = Y.encodeStateVector(doc)
  addItem(doc, value)
  return { doc, update: Y.encodeStateAsUpdate(doc, before) }
}

describe('handlePeerMessage', () => {
  it('starts the handshake with sync step 1 carrying the room state vector', async () => {
    const { room } = await setup()
    const late = new FakePeer('view')
    room.addPeer(late)
    expect(late.frames()).toEqual([{ kind: 'syncStep1', stateVector: Y.encodeStateVector(room.doc) }])
  })

  it('answers sync step 1 with sync step 2 holding what the peer lacks', async () => {
    const { room, viewer } = await setup()
    handlePeerMessage(room, viewer, clientFrames.syncStep1(Y.encodeStateVector(new Y.Doc())))
    const [full] = viewer.framesOf('syncStep2')
    const fresh = new Y.Doc()
    Y.applyUpdate(fresh, full!.update)
    expect(contentOf(fresh)).toEqual(['start'])

    addItem(room.doc, 'more')
    viewer.clear()
    const known = Y.encodeStateVector(fresh)
    handlePeerMessage(room, viewer, clientFrames.syncStep1(known))
    const [diff] = viewer.framesOf('syncStep2')
    expect(diff!.update).toEqual(Y.encodeStateAsUpdate(room.doc, known)) // only what is missing
    Y.applyUpdate(fresh, diff!.update)
    expect(contentOf(fresh)).toEqual(['start', 'more'])
  })

  it("applies an editor's update and broadcasts it to everyone but the sender", async () => {
    const { room, editor, other, viewer } = await setup()
    const baseline = Y.encodeStateAsUpdate(room.doc)
    handlePeerMessage(room, editor, clientFrames.update(clientChange(room, 'from editor').update))

    expect(contentOf(room.doc)).toEqual(['start', 'from editor'])
    expect(editor.sent).toHaveLength(0)
    for (const peer of [other, viewer]) {
      const frames = peer.framesOf('update')
      expect(frames).toHaveLength(1)
      const theirs = new Y.Doc()
      Y.applyUpdate(theirs, baseline)
      Y.applyUpdate(theirs, frames[0]!.update)
      expect(contentOf(theirs)).toEqual(['start', 'from editor'])
    }
    expect(room.persistence.hasUnsaved).toBe(true)
  })

  it("applies an editor's sync step 2 (edits made offline)", async () => {
    const { room, editor, other } = await setup()
    const { doc } = clientChange(room, 'offline edit')
    handlePeerMessage(room, editor, clientFrames.syncStep2(Y.encodeStateAsUpdate(doc)))
    expect(contentOf(room.doc)).toEqual(['start', 'offline edit'])
    expect(other.framesOf('update')).toHaveLength(1)
  })

  it("drops a viewer's sync step 2 and updates: nothing changes, is sent or is stored", async () => {
    const { store, room, editor, other, viewer } = await setup()
    const before = Y.encodeStateAsUpdate(room.doc)
    const { doc, update } = clientChange(room, 'crafted by a viewer')
    handlePeerMessage(room, viewer, clientFrames.update(update))
    handlePeerMessage(room, viewer, clientFrames.syncStep2(Y.encodeStateAsUpdate(doc)))

    expect(contentOf(room.doc)).toEqual(['start'])
    expect(Y.encodeStateAsUpdate(room.doc)).toEqual(before)
    for (const peer of [editor, other, viewer]) expect(peer.sent).toHaveLength(0)
    expect(room.persistence.hasUnsaved).toBe(false)
    await room.persistence.flush()
    expect(store.calls.appendUpdate).toBe(0)
  })

  it('lets a viewer show presence, and forgets it when the viewer leaves', async () => {
    const { room, editor, viewer } = await setup()
    const presence = new awarenessProtocol.Awareness(new Y.Doc())
    presence.setLocalState({ user: { name: 'Vera' } })
    handlePeerMessage(room, viewer, clientFrames.awareness(presence, [presence.clientID]))
    expect(room.awareness.getStates().get(presence.clientID)).toEqual({ user: { name: 'Vera' } })
    expect(editor.framesOf('awareness')).toHaveLength(1)

    room.removePeer(viewer)
    expect(room.awareness.getStates().has(presence.clientID)).toBe(false)
    expect(editor.framesOf('awareness')).toHaveLength(2)
    presence.destroy()
  })

  const sample = new Y.Doc()
  addItem(sample, 'sample')
  const valid = Y.encodeStateAsUpdate(sample)
  const overlong = encoding.createEncoder()
  encoding.writeVarUint(overlong, 0)
  encoding.writeVarUint(overlong, 2)
  encoding.writeVarUint(overlong, 100)
  encoding.writeUint8Array(overlong, valid.slice(0, 5))
  it.each([
    ['an empty frame', new Uint8Array()],
    ['garbage bytes', Uint8Array.of(0xff, 0xff, 0xff)],
    ['an unknown message type', Uint8Array.of(7)],
    ['an unknown sync message type', Uint8Array.of(0, 9, 0)],
    ['an update longer than its frame', encoding.toUint8Array(overlong)],
    ['a truncated Yjs update', clientFrames.update(valid.slice(0, valid.length - 3))],
    ['an update cut off in its delete set', clientFrames.update(valid.slice(0, valid.length - 1))],
    ['a broken awareness update', Uint8Array.of(1, 3, 1, 2, 3)],
  ])('rejects %s as malformed (4400) and leaves the doc as it was', async (_name, bytes) => {
    const { room, editor, other } = await setup()
    const before = Y.encodeStateAsUpdate(room.doc)
    // Unreadable frames throw (the socket closes them); unreadable content the room refuses itself.
    let threw = false
    try {
      handlePeerMessage(room, editor, bytes)
    } catch (error) {
      expect(error).toBeInstanceOf(MalformedMessageError)
      threw = true
    }
    expect(threw || editor.closedWith?.code === 4400).toBe(true)
    expect(Y.encodeStateAsUpdate(room.doc)).toEqual(before)
    expect(other.sent).toHaveLength(0)
    expect(room.persistence.hasUnsaved).toBe(false)
  })

  it('answers a save receipt request only after the preceding update is stored', async () => {
    const { store, room, editor } = await setup()
    const release = store.hold('appendUpdate')
    handlePeerMessage(room, editor, clientFrames.update(clientChange(room, 'keep me').update))
    handlePeerMessage(room, editor, clientFrames.saveReceiptRequest(7))
    await waitUntil(() => store.calls.appendUpdate === 1, 'the update is being written')
    await new Promise((resolve) => setImmediate(resolve))
    expect(editor.framesOf('saveReceipt')).toHaveLength(0)

    const releasedAt = Date.now()
    release()
    await waitUntil(() => editor.framesOf('saveReceipt').length === 1, 'the receipt is sent')
    expect(store.done.appendUpdate).toBe(1)
    const [receipt] = editor.framesOf('saveReceipt')
    expect(receipt!.seq).toBe(7)
    expect(receipt!.savedAtMs).toBeGreaterThanOrEqual(releasedAt)
    expect(receipt!.savedAtMs).toBeLessThanOrEqual(Date.now())
    expect([...editor.sent.at(-1)!.slice(0, 2)]).toEqual([MESSAGE_SAVE_RECEIPT, 7])
  })
})
