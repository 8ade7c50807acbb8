import type { TimerActionBody, WorkshopTimer } from '@bordduk/shared'

export const DEFAULT_TIMER_MS = 10 * 60 * 1000

/** The timer after a facilitator's start, pause or reset, at time `nowMs`. */
export function nextTimer(
  current: WorkshopTimer | undefined,
  action: TimerActionBody,
  nowMs: number,
): WorkshopTimer {
  const timer = current ?? { durationMs: DEFAULT_TIMER_MS, startedAt: null, remainingMs: DEFAULT_TIMER_MS }
  const remaining =
    timer.startedAt === null ? timer.remainingMs : Math.max(0, timer.remainingMs - (nowMs - timer.startedAt))
  switch (action.action) {
    case 'start': {
      const durationMs = action.durationMs ?? timer.durationMs
      // A new duration starts afresh; without one, a paused timer resumes where it stopped.
      const from = action.durationMs !== undefined || remaining === 0 ? durationMs : remaining
      return { durationMs, startedAt: nowMs, remainingMs: from }
    }
    case 'pause':
      return { ...timer, startedAt: null, remainingMs: remaining }
    case 'reset': {
      const durationMs = action.durationMs ?? timer.durationMs
      return { durationMs, startedAt: null, remainingMs: durationMs }
    }
  }
}
