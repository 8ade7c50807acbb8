import { useEffect, useState, useSyncExternalStore } from 'react'
import type * as Y from 'yjs'

import { Y_WORKSHOP_MAP, workshopMessageSchema, workshopTimerSchema } from '@bordduk/shared'
import type { WorkshopMessage, WorkshopTimer } from '@bordduk/shared'

import { useI18n } from '../i18n/I18nProvider.tsx'
import { formatDuration } from './formatDuration.ts'

interface WorkshopState {
  timer: WorkshopTimer | null
  message: WorkshopMessage | null
}

/** Reads the facilitator's timer and message from the board's workshop map, re-rendering on change. */
function useWorkshopState(doc: Y.Doc): WorkshopState {
  const [store] = useState(() => {
    const map = doc.getMap<unknown>(Y_WORKSHOP_MAP)
    const read = (): WorkshopState => {
      const timer = workshopTimerSchema.safeParse(map.get('timer'))
      const message = workshopMessageSchema.safeParse(map.get('message'))
      return { timer: timer.success ? timer.data : null, message: message.success ? message.data : null }
    }
    let state = read()
    return {
      get: () => state,
      subscribe: (listener: () => void) => {
        const onChange = () => {
          state = read()
          listener()
        }
        map.observe(onChange)
        return () => map.unobserve(onChange)
      },
    }
  })
  return useSyncExternalStore(store.subscribe, store.get)
}

/** Ticks once a second while `active`, so a countdown can re-render. */
function useNow(active: boolean): number {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    if (!active) return
    const timer = setInterval(() => setNow(Date.now()), 1000)
    return () => clearInterval(timer)
  }, [active])
  return now
}

/** The facilitator's timer and message, at the top of every group board of a workshop. */
export function WorkshopBanner({ doc }: { doc: Y.Doc }) {
  const { t } = useI18n()
  const { timer, message } = useWorkshopState(doc)
  const running = timer?.startedAt != null
  const now = useNow(running)
  if (!timer && !message?.text) return null
  const left = timer ? (running ? timer.remainingMs - (now - timer.startedAt!) : timer.remainingMs) : 0
  return (
    <div className="workshop-banner">
      {timer && (
        <span className="workshop-banner__timer" data-testid="workshop-timer" data-running={running}>
          {left <= 0
            ? t('timerDone')
            : running
              ? t('timerLeft', { time: formatDuration(left) })
              : t('timerPaused', { time: formatDuration(left) })}
        </span>
      )}
      {message?.text && (
        <span className="workshop-banner__message" role="status" data-testid="workshop-message">
          <strong>{t('fromFacilitator')}:</strong> {message.text}
        </span>
      )}
    </div>
  )
}
