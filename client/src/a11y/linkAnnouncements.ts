import type { ConnectionState } from '../sync/BoardConnection.ts'

/** What a person is told about the link: the chip's three words, once settled. */
export type LinkNews = 'online' | 'offline' | 'reconnecting' | 'savedAfterOffline'

/**
 * A link state must hold this long before it is announced. A socket that drops and comes back
 * within it (a server restart, a wifi hand-over) is not worth interrupting anyone for; the
 * chip still shows every flicker.
 */
export const LINK_SETTLE_MS = 1_500

type Tone = 'online' | 'offline' | 'reconnecting' | 'connecting'

function toneOf(state: ConnectionState): Tone {
  if (state.link === 'connected' && state.synced) return 'online'
  if (state.link === 'offline') return 'offline'
  return state.wasConnected ? 'reconnecting' : 'connecting'
}

interface Source {
  getState(): ConnectionState
  subscribe(listener: () => void): () => void
}

/**
 * Calls `say` once per settled change of the link, and once when changes made without a link
 * have reached the server. Routine saves are not announced: with several people editing, the
 * chip says "saved" every few seconds, and a reader that spoke each one would drown everything
 * else. What a person needs to hear is the end of a risk: work done offline is now stored.
 *
 * Opening a board that connects normally is not news; opening it offline is.
 */
export function watchLinkForAnnouncements(
  source: Source,
  say: (news: LinkNews) => void,
  settleMs = LINK_SETTLE_MS,
): () => void {
  let told: Tone | null = null
  let pending: Tone | null = null
  let timer: ReturnType<typeof setTimeout> | undefined
  /** Changes were made while the link was down, and the server has not confirmed them. */
  let offlineEdits = false
  /** The person was told the link is down: only then is "stored after all" news. */
  let toldDown = false

  const maybeSaved = (state: ConnectionState) => {
    // After "connected" has been said, so the two arrive in the order they happened.
    if (told !== 'online' || toneOf(state) !== 'online' || state.unsaved) return
    if (offlineEdits && toldDown) say('savedAfterOffline')
    offlineEdits = false
    toldDown = false
  }
  const settle = () => {
    timer = undefined
    const state = source.getState()
    const tone = toneOf(state)
    if (tone === told) return
    const first = told === null
    told = tone
    if (tone === 'connecting' || (first && tone === 'online')) return
    say(tone)
    if (tone !== 'online') toldDown = true
    maybeSaved(state)
  }
  const onChange = () => {
    const state = source.getState()
    const tone = toneOf(state)
    if (state.unsaved && tone !== 'online') offlineEdits = true
    if (tone !== pending) {
      pending = tone
      clearTimeout(timer)
      timer = setTimeout(settle, settleMs)
    }
    maybeSaved(state)
  }
  const stop = source.subscribe(onChange)
  onChange()
  return () => {
    stop()
    clearTimeout(timer)
  }
}
