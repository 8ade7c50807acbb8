import { useEffect, useRef } from 'react'

import { announce } from '../a11y/announcer.ts'
import { watchLinkForAnnouncements } from '../a11y/linkAnnouncements.ts'
import type { LinkNews } from '../a11y/linkAnnouncements.ts'
import { PeerAnnouncements } from '../a11y/peerAnnouncements.ts'
import { useI18n } from '../i18n/I18nProvider.tsx'
import type { MessageKey } from '../i18n/messages.ts'
import type { BoardConnection } from '../sync/BoardConnection.ts'
import { watchPeers } from '../sync/watchPeers.ts'

/**
 * After our own link comes up, awareness lists everyone already on the board; the peers that
 * arrive within this time were there before us, not joining now.
 */
const PEERS_SETTLE_AFTER_CONNECT_MS = 3_000

const LINK_TEXT: Record<LinkNews, MessageKey> = {
  online: 'statusConnected',
  offline: 'statusOffline',
  reconnecting: 'statusReconnecting',
  savedAfterOffline: 'announceOfflineSaved',
}

/** Says the board's link changes and who comes and goes, through the app's one live region. */
export function useBoardAnnouncements(connection: BoardConnection): void {
  const { t } = useI18n()
  // The watchers live as long as the connection; the words follow the current language.
  const tRef = useRef(t)
  useEffect(() => {
    tRef.current = t
  }, [t])

  useEffect(
    () => watchLinkForAnnouncements(connection, (news) => announce(tRef.current(LINK_TEXT[news]))),
    [connection],
  )

  useEffect(() => {
    const peers = new PeerAnnouncements({
      joined: (name) => announce(tRef.current('announcePeerJoined', { name })),
      left: (name) => announce(tRef.current('announcePeerLeft', { name })),
    })
    let onlineSince: number | null = null
    const trackLink = () => {
      const { link, synced } = connection.getState()
      const online = link === 'connected' && synced
      if (online) onlineSince ??= Date.now()
      else if (onlineSince !== null) {
        onlineSince = null
        peers.forgetLeaves()
      }
    }
    trackLink()
    const stopLink = connection.subscribe(trackLink)
    const stopPeers = watchPeers(connection.provider.awareness, (now) => {
      const quiet = onlineSince === null || Date.now() - onlineSince < PEERS_SETTLE_AFTER_CONNECT_MS
      peers.update(now, quiet)
    })
    return () => {
      stopPeers()
      stopLink()
      peers.destroy()
    }
  }, [connection])
}
