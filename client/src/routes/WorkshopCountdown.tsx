import { useEffect, useRef, useState } from 'react'

import type { WorkshopTimer } from '@bordduk/shared'

import { announce } from '../a11y/announcer.ts'
import { formatDuration } from '../board/formatDuration.ts'
import { useI18n } from '../i18n/I18nProvider.tsx'

/**
 * The groups' countdown as the facilitator sees it, ticking each second while it runs.
 * `clockOffsetMs` is the server's clock minus this browser's, since the timer counts from
 * the server's time.
 */
export function WorkshopCountdown({
  timer,
  clockOffsetMs,
  testId = 'dashboard-timer',
  announceDone = true,
}: {
  timer: WorkshopTimer | null
  clockOffsetMs: number
  testId?: string
  /** Whether this countdown says "time's up" (one countdown on a page should). */
  announceDone?: boolean
}) {
  const { t } = useI18n()
  const running = timer?.startedAt != null
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    if (!running) return
    const tick = setInterval(() => setNow(Date.now()), 1000)
    return () => clearInterval(tick)
  }, [running, timer])

  const left = !timer
    ? 0
    : running
      ? // `now` may be up to a tick older than a timer just started: never show more than it had.
        Math.min(timer.remainingMs, timer.remainingMs - (now + clockOffsetMs - timer.startedAt!))
      : timer.remainingMs
  const state = !timer ? 'idle' : left <= 0 ? 'done' : running ? 'running' : 'paused'
  const text = {
    idle: t('timerNotStarted'),
    done: t('timerDone'),
    running: t('timerLeft', { time: formatDuration(left) }),
    paused: t('timerPaused', { time: formatDuration(left) }),
  }[state]
  // Time running out while the dashboard is open is said once; a finished timer on load is not news.
  const shownState = useRef(state)
  useEffect(() => {
    if (announceDone && state === 'done' && shownState.current !== 'done') announce(t('timerDone'))
    shownState.current = state
  }, [state, t, announceDone])
  return (
    // role=timer is not announced every second (its live region is off by default).
    <p className="workshop-countdown" role="timer" data-state={state} data-testid={testId}>
      {text}
    </p>
  )
}
