import { afterEach, describe, expect, it, vi } from 'vitest'

import { PeerAnnouncements } from './peerAnnouncements.ts'

describe('PeerAnnouncements', () => {
  afterEach(() => vi.useRealTimers())

  it('says who joins and, after a grace, who leaves; a quick return and a quiet time say nothing', async () => {
    vi.useFakeTimers()
    const heard: string[] = []
    const peers = new PeerAnnouncements(
      { joined: (name) => heard.push(`+${name}`), left: (name) => heard.push(`-${name}`) },
      1000,
    )
    // Those already on the board when we connect are taken in quietly.
    peers.update(new Map([[1, 'Kari']]), true)
    peers.update(
      new Map([
        [1, 'Kari'],
        [2, 'Ola'],
      ]),
      false,
    )
    expect(heard).toEqual(['+Ola'])

    // Ola reloads: leaves and is back under a new client id within the grace.
    peers.update(new Map([[1, 'Kari']]), false)
    peers.update(
      new Map([
        [1, 'Kari'],
        [3, 'Ola'],
      ]),
      false,
    )
    await vi.advanceTimersByTimeAsync(1500)
    expect(heard).toEqual(['+Ola'])

    peers.update(new Map([[3, 'Ola']]), false)
    expect(heard).toEqual(['+Ola'])
    await vi.advanceTimersByTimeAsync(1500)
    expect(heard).toEqual(['+Ola', '-Kari'])

    // Our link drops: y-websocket forgets everyone, which is not them leaving.
    peers.update(new Map(), false)
    peers.forgetLeaves()
    peers.update(new Map([[3, 'Ola']]), true)
    await vi.advanceTimersByTimeAsync(1500)
    expect(heard).toEqual(['+Ola', '-Kari'])
    peers.destroy()
  })
})
