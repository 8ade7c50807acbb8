import { afterEach, describe, expect, it } from 'vitest'
import * as awarenessProtocol from 'y-protocols/awareness'
import * as Y from 'yjs'

import { RefusedUpdateError } from './checks/RefusedUpdateError.ts'
import { PresenceGate } from './PresenceGate.ts'
import { FakePeer } from '../testing/FakePeer.ts'
import { waitUntil } from '../testing/boardFixtures.ts'

const disposers: (() => void)[] = []
afterEach(() => disposers.splice(0).forEach((dispose) => dispose()))

function setup(awarenessUpdatesPerSecond = 40) {
  const awareness = new awarenessProtocol.Awareness(new Y.Doc())
  awareness.setLocalState(null)
  const contested: FakePeer[] = []
  const gate: PresenceGate = new PresenceGate(
    awareness,
    { maxAwarenessBytes: 1024, awarenessUpdatesPerSecond },
    (peer, update) => gate.apply(peer, update),
    (owner) => contested.push(owner as FakePeer),
  )
  disposers.push(() => {
    gate.dispose()
    awareness.destroy()
  })
  return { awareness, gate, contested }
}

/** An awareness update as a browser with client id `id` sends it. */
function presence(id: number, state: unknown, clock = 1): Uint8Array {
  const source = new awarenessProtocol.Awareness(new Y.Doc())
  source.clientID = id
  source.states.set(id, state as never)
  source.meta.set(id, { clock, lastUpdated: Date.now() })
  const update = awarenessProtocol.encodeAwarenessUpdate(source, [id])
  source.destroy()
  return update
}

describe('PresenceGate', () => {
  it('lets nobody change or remove the presence of a client id another connection introduced', () => {
    const { awareness, gate, contested } = setup()
    const kari = new FakePeer('edit')
    const mallory = new FakePeer('view')
    gate.apply(kari, presence(7, { name: 'Kari' }))
    gate.apply(mallory, presence(7, { name: 'hacked' }, 5))
    gate.apply(mallory, presence(7, null, 6))
    expect(awareness.getStates().get(7)).toEqual({ name: 'Kari' })
    // The room is asked to ping Kari: a stale socket of Kari's own browser would be dropped.
    expect(contested).toEqual([kari, kari])
    gate.forget(kari)
    expect(awareness.getStates().has(7)).toBe(false)
  })

  it('refuses a state over the size limit', () => {
    const { awareness, gate } = setup()
    expect(() => gate.apply(new FakePeer('edit'), presence(3, { big: 'x'.repeat(2000) }))).toThrow(
      RefusedUpdateError,
    )
    expect(awareness.getStates().has(3)).toBe(false)
  })

  it('coalesces a connection sending over the rate: the latest state still arrives', async () => {
    const { awareness, gate } = setup(5)
    const peer = new FakePeer('edit')
    for (let x = 0; x < 50; x++) gate.apply(peer, presence(9, { x }, x + 1))
    expect((awareness.getStates().get(9) as { x: number }).x).toBeLessThan(49)
    await waitUntil(() => (awareness.getStates().get(9) as { x: number }).x === 49, 'the last state arrives')
  })
})
