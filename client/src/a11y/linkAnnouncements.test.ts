import { afterEach, describe, expect, it, vi } from 'vitest'

import type { ConnectionState } from '../sync/BoardConnection.ts'
import { watchLinkForAnnouncements } from './linkAnnouncements.ts'
import type { LinkNews } from './linkAnnouncements.ts'

const ONLINE: ConnectionState = {
  link: 'connected',
  synced: true,
  unsaved: false,
  savedAt: 1,
  wasConnected: true,
  refused: null,
}

/** A connection whose state the test sets, as BoardConnection would. */
function fakeConnection(initial: ConnectionState) {
  let state = initial
  const listeners = new Set<() => void>()
  return {
    getState: () => state,
    subscribe: (listener: () => void) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    set(change: Partial<ConnectionState>) {
      state = { ...state, ...change }
      for (const listener of listeners) listener()
    },
  }
}

describe('watchLinkForAnnouncements', () => {
  afterEach(() => vi.useRealTimers())

  it('says each settled change once, skips flickers, and says "saved" only for offline work', async () => {
    vi.useFakeTimers()
    const connection = fakeConnection({ ...ONLINE, link: 'connecting', synced: false, wasConnected: false })
    const heard: LinkNews[] = []
    const stop = watchLinkForAnnouncements(connection, (news) => heard.push(news), 1000)

    connection.set({ link: 'connected', synced: true, wasConnected: true })
    await vi.advanceTimersByTimeAsync(1500)
    expect(heard).toEqual([]) // opening a board that connects is not news

    // A routine save, and a socket that drops and is back within the settle time, with an edit
    // made meanwhile: none of it was said, so its being stored is no news either.
    connection.set({ unsaved: true })
    connection.set({ unsaved: false, savedAt: 2 })
    connection.set({ link: 'connecting', synced: false })
    connection.set({ unsaved: true })
    await vi.advanceTimersByTimeAsync(400)
    connection.set({ link: 'connected', synced: true })
    connection.set({ unsaved: false })
    await vi.advanceTimersByTimeAsync(1500)
    expect(heard).toEqual([])

    // Offline with an edit, then back: offline, online, then the edit stored.
    connection.set({ link: 'offline', synced: false })
    connection.set({ unsaved: true })
    await vi.advanceTimersByTimeAsync(1500)
    expect(heard).toEqual(['offline'])
    connection.set({ link: 'connecting' })
    connection.set({ link: 'connected', synced: true })
    await vi.advanceTimersByTimeAsync(1500)
    expect(heard).toEqual(['offline', 'online'])
    connection.set({ unsaved: false, savedAt: 3 })
    expect(heard).toEqual(['offline', 'online', 'savedAfterOffline'])

    // A lost socket that stays lost is a reconnect.
    connection.set({ link: 'connecting', synced: false })
    await vi.advanceTimersByTimeAsync(1500)
    expect(heard.at(-1)).toBe('reconnecting')
    stop()
  })

  it('says "offline" when the board opens without a network', async () => {
    vi.useFakeTimers()
    const connection = fakeConnection({ ...ONLINE, link: 'offline', synced: false, wasConnected: false })
    const heard: LinkNews[] = []
    const stop = watchLinkForAnnouncements(connection, (news) => heard.push(news), 1000)
    await vi.advanceTimersByTimeAsync(1500)
    expect(heard).toEqual(['offline'])
    stop()
  })
})
