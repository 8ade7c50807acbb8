/**
 * The one place the app tells screen-reader users what changed without their asking:
 * connection and save state, the timer running out, a facilitator's message, someone joining,
 * notes others added. Everything goes through `announce`, and one live region (`LiveRegion`)
 * speaks it, so announcements never talk over each other from several regions.
 *
 * Announcements that arrive close together are spoken as one text, and the same text again
 * is re-set after a blank, since screen readers only speak a region whose content changed.
 */

type Listener = (text: string) => void

/** Announcements within this many ms are joined into one text. */
const GATHER_MS = 250

let pending: string[] = []
let timer: ReturnType<typeof setTimeout> | undefined
let current = ''
/** What the region shows right now: `current`, or the blank before a repeat. */
let shown = ''
const listeners = new Set<Listener>()

export function announce(message: string): void {
  const text = message.trim()
  if (!text || pending.includes(text)) return
  pending.push(text)
  timer ??= setTimeout(flush, GATHER_MS)
}

function flush() {
  timer = undefined
  const text = pending.join(' ')
  pending = []
  // Blank first, so the same words twice in a row are spoken twice.
  if (text === current) emit('')
  current = text
  queueMicrotask(() => emit(text))
}

function emit(text: string) {
  shown = text
  for (const listener of listeners) listener(text)
}

export function subscribeAnnouncements(listener: Listener): () => void {
  // React's useSyncExternalStore only needs to hear that something changed.
  listeners.add(listener)
  return () => listeners.delete(listener)
}

export function currentAnnouncement(): string {
  return shown
}
