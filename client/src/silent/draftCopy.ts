import type { TLRecord } from 'tldraw'

/**
 * This browser's copy of the notes it writes in silence, per board: a reload or a new tab
 * finds them again, and notes written offline are not lost. `session` is the tab session
 * whose PUT the server last accepted them from (the server files them under it).
 */
export interface DraftCopy {
  session: string | null
  notes: TLRecord[]
}

const keyOf = (boardId: string) => `bordduk:silent-drafts:${boardId}`

export function loadDraftCopy(boardId: string): DraftCopy {
  try {
    const parsed = JSON.parse(localStorage.getItem(keyOf(boardId)) ?? 'null') as Partial<DraftCopy> | null
    return {
      session: typeof parsed?.session === 'string' ? parsed.session : null,
      notes: Array.isArray(parsed?.notes) ? parsed.notes : [],
    }
  } catch {
    return { session: null, notes: [] }
  }
}

export function saveDraftCopy(boardId: string, copy: DraftCopy): void {
  try {
    if (copy.notes.length === 0 && copy.session === null) localStorage.removeItem(keyOf(boardId))
    else localStorage.setItem(keyOf(boardId), JSON.stringify(copy))
  } catch (error) {
    // Storage full or blocked: the server copy still counts, once sent.
    console.warn('bordduk: could not keep the silent notes in this browser', error)
  }
}
