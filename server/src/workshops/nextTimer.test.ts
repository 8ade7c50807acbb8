import { describe, expect, it } from 'vitest'

import { DEFAULT_TIMER_MS, nextTimer } from './nextTimer.ts'

describe('nextTimer', () => {
  it('starts, pauses with what is left, resumes from there, and resets', () => {
    const started = nextTimer(undefined, { action: 'start', durationMs: 60_000 }, 1_000)
    expect(started).toEqual({ durationMs: 60_000, startedAt: 1_000, remainingMs: 60_000 })
    const paused = nextTimer(started, { action: 'pause' }, 21_000)
    expect(paused).toEqual({ durationMs: 60_000, startedAt: null, remainingMs: 40_000 })
    expect(nextTimer(paused, { action: 'start' }, 50_000)).toEqual({
      durationMs: 60_000,
      startedAt: 50_000,
      remainingMs: 40_000,
    })
    expect(nextTimer(paused, { action: 'reset' }, 50_000)).toEqual({
      durationMs: 60_000,
      startedAt: null,
      remainingMs: 60_000,
    })
  })

  it('never goes below zero and restarts a finished timer from its full length', () => {
    const started = nextTimer(undefined, { action: 'start' }, 0)
    const over = nextTimer(started, { action: 'pause' }, DEFAULT_TIMER_MS + 5_000)
    expect(over.remainingMs).toBe(0)
    expect(nextTimer(over, { action: 'start' }, 1).remainingMs).toBe(DEFAULT_TIMER_MS)
  })
})
