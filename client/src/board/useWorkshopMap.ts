import { useState, useSyncExternalStore } from 'react'
import type * as Y from 'yjs'

import { Y_WORKSHOP_MAP, workshopMessageSchema, workshopTimerSchema } from '@bordduk/shared'
import type { WorkshopMessage, WorkshopTimer } from '@bordduk/shared'

/** Who the facilitator asked everyone to follow (`follow` in the workshop map). */
export interface GatherRequest {
  userId: string
  at: number
}

export interface WorkshopState {
  timer: WorkshopTimer | null
  message: WorkshopMessage | null
  follow: GatherRequest | null
}

function readGather(value: unknown): GatherRequest | null {
  const v = value as Partial<GatherRequest> | undefined
  return typeof v?.userId === 'string' && typeof v.at === 'number' ? { userId: v.userId, at: v.at } : null
}

/** The board's workshop map (timer, message, gathering), validated, re-rendering on change. */
export function useWorkshopMap(doc: Y.Doc): WorkshopState {
  const [store] = useState(() => {
    const map = doc.getMap<unknown>(Y_WORKSHOP_MAP)
    const read = (): WorkshopState => {
      const timer = workshopTimerSchema.safeParse(map.get('timer'))
      const message = workshopMessageSchema.safeParse(map.get('message'))
      return {
        timer: timer.success ? timer.data : null,
        message: message.success ? message.data : null,
        follow: readGather(map.get('follow')),
      }
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
