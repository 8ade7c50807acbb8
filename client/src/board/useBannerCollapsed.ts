import { useCallback, useState } from 'react'

/** What is remembered per board in this browser: collapsed, and the last message seen then. */
interface Remembered {
  collapsed: boolean
  seenSentAt: number | null
}

const keyOf = (boardId: string) => `bordduk:banner:${boardId}`

function load(boardId: string): Remembered {
  try {
    const value = JSON.parse(localStorage.getItem(keyOf(boardId)) ?? 'null') as Partial<Remembered> | null
    return {
      collapsed: value?.collapsed === true,
      seenSentAt: typeof value?.seenSentAt === 'number' ? value.seenSentAt : null,
    }
  } catch {
    return { collapsed: false, seenSentAt: null }
  }
}

/**
 * Whether a participant folded the workshop banner away on this board. It stays folded across
 * new messages and reloads; a message newer than the one showing when it was folded is "new".
 */
export function useBannerCollapsed(boardId: string, messageSentAt: number | null) {
  const [state, setState] = useState(() => load(boardId))
  const setCollapsed = useCallback(
    (collapsed: boolean) => {
      const next = { collapsed, seenSentAt: messageSentAt }
      localStorage.setItem(keyOf(boardId), JSON.stringify(next))
      setState(next)
    },
    [boardId, messageSentAt],
  )
  const unseenMessage = state.collapsed && messageSentAt !== null && messageSentAt !== state.seenSentAt
  return { collapsed: state.collapsed, setCollapsed, unseenMessage }
}
