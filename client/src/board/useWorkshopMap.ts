import { useState, useSyncExternalStore } from 'react'
import type * as Y from 'yjs'

import {
  Y_WORKSHOP_FROZEN_KEY,
  Y_WORKSHOP_LOCALE_KEY,
  Y_WORKSHOP_MAP,
  Y_WORKSHOP_SILENT_KEY,
  Y_WORKSHOP_STEP_KEY,
  Y_WORKSHOP_VOTE_COUNTS_KEY,
  Y_WORKSHOP_VOTE_KEY,
  boardAgendaStepSchema,
  localeSchema,
  silentStateSchema,
  voteCountsSchema,
  voteSchema,
  workshopMessageSchema,
  workshopTimerSchema,
} from '@bordduk/shared'
import type {
  BoardAgendaStep,
  Locale,
  SilentState,
  Vote,
  VoteCounts,
  WorkshopMessage,
  WorkshopTimer,
} from '@bordduk/shared'

/** Who the facilitator asked everyone to follow (`follow` in the workshop map). */
export interface GatherRequest {
  userId: string
  at: number
}

export interface WorkshopState {
  timer: WorkshopTimer | null
  message: WorkshopMessage | null
  follow: GatherRequest | null
  /** The printed layer's language, once someone has switched it (else the board's meta says). */
  locale: Locale | null
  /** The facilitator froze the board: participants only look. */
  frozen: boolean
  /** Silent writing is on: blank cards for the notes written in silence, and when it ends. */
  silent: SilentState | null
  /** The agenda step every group is on, once the facilitator has started the agenda. */
  step: BoardAgendaStep | null
  /** The board's dot vote, if one was started. */
  vote: Vote | null
  /** Dots per note, once everyone may see them (live, or after the reveal). */
  voteCounts: VoteCounts | null
}

function readGather(value: unknown): GatherRequest | null {
  const v = value as Partial<GatherRequest> | undefined
  return typeof v?.userId === 'string' && typeof v.at === 'number' ? { userId: v.userId, at: v.at } : null
}

const stores = new WeakMap<Y.Doc, { get(): WorkshopState; subscribe(listener: () => void): () => void }>()

/** One reader per doc, so every component sees the same snapshot object between changes. */
function storeOf(doc: Y.Doc) {
  let store = stores.get(doc)
  if (store) return store
  const map = doc.getMap<unknown>(Y_WORKSHOP_MAP)
  const read = (): WorkshopState => {
    const timer = workshopTimerSchema.safeParse(map.get('timer'))
    const message = workshopMessageSchema.safeParse(map.get('message'))
    const locale = localeSchema.safeParse(map.get(Y_WORKSHOP_LOCALE_KEY))
    const silent = silentStateSchema.safeParse(map.get(Y_WORKSHOP_SILENT_KEY))
    const step = boardAgendaStepSchema.safeParse(map.get(Y_WORKSHOP_STEP_KEY))
    return {
      timer: timer.success ? timer.data : null,
      message: message.success ? message.data : null,
      follow: readGather(map.get('follow')),
      locale: locale.success ? locale.data : null,
      frozen: map.get(Y_WORKSHOP_FROZEN_KEY) === true,
      silent: silent.success ? silent.data : null,
      step: step.success ? step.data : null,
      vote: voteSchema.safeParse(map.get(Y_WORKSHOP_VOTE_KEY)).data ?? null,
      voteCounts: voteCountsSchema.safeParse(map.get(Y_WORKSHOP_VOTE_COUNTS_KEY)).data ?? null,
    }
  }
  let state = read()
  map.observe(() => {
    state = read()
  })
  store = {
    get: () => state,
    subscribe: (listener: () => void) => {
      map.observe(listener)
      return () => map.unobserve(listener)
    },
  }
  stores.set(doc, store)
  return store
}

/** The board's workshop map (timer, message, gathering, language), validated, re-rendering on change. */
export function useWorkshopMap(doc: Y.Doc): WorkshopState {
  const [store] = useState(() => storeOf(doc))
  return useSyncExternalStore(store.subscribe, store.get)
}
