import { afterEach, describe, expect, it, vi } from 'vitest'

import { announce, currentAnnouncement, subscribeAnnouncements } from './announcer.ts'

describe('announce', () => {
  afterEach(() => vi.useRealTimers())

  it('joins what arrives together, and blanks the region before saying the same again', async () => {
    vi.useFakeTimers()
    const heard: string[] = []
    const stop = subscribeAnnouncements((text) => heard.push(text))
    announce('Tilkoblet')
    announce('Ny melding: Pause')
    announce('Tilkoblet')
    await vi.advanceTimersByTimeAsync(300)
    expect(currentAnnouncement()).toBe('Tilkoblet Ny melding: Pause')
    announce('Tilkoblet Ny melding: Pause')
    await vi.advanceTimersByTimeAsync(300)
    expect(heard).toEqual(['Tilkoblet Ny melding: Pause', '', 'Tilkoblet Ny melding: Pause'])
    stop()
  })
})
