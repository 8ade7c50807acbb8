import { useEffect, useState, useSyncExternalStore } from 'react'

import { Y_RECORDS_ARRAY } from '@bordduk/shared'

import { BoardConnection } from './BoardConnection.ts'
import type { ConnectionState } from './BoardConnection.ts'

/** Start from the local copy if the server has not answered within this time. */
const OFFLINE_START_AFTER_MS = 2_500

export type BoardPhase = 'loading' | 'ready'

/**
 * Opens the board's connection and says when the editor may mount: after the first sync
 * with the server or, offline, once a local copy with content has loaded.
 */
export function useBoardConnection(boardId: string, key: string) {
  const [connection, setConnection] = useState<BoardConnection | null>(null)
  const [readyConnection, setReadyConnection] = useState<BoardConnection | null>(null)

  useEffect(() => {
    const conn = new BoardConnection(boardId, key)
    // The connection is an external resource living exactly as long as this effect.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setConnection(conn)
    let localReady = false
    let timedOut = false
    const hasContent = () => conn.doc.getArray(Y_RECORDS_ARRAY).length > 0
    const maybeStartOffline = () => {
      if (localReady && timedOut && hasContent()) setReadyConnection(conn)
    }
    const onSync = (synced: boolean) => {
      if (synced) setReadyConnection(conn)
    }
    conn.provider.on('sync', onSync)
    void conn.localCopy.whenSynced.then(() => {
      localReady = true
      maybeStartOffline()
    })
    const timer = setTimeout(() => {
      timedOut = true
      maybeStartOffline()
    }, OFFLINE_START_AFTER_MS)
    return () => {
      clearTimeout(timer)
      conn.provider.off('sync', onSync)
      conn.destroy()
    }
  }, [boardId, key])

  const state = useSyncExternalStore(connection?.subscribe ?? noSubscribe, connection?.getState ?? noState)
  const phase: BoardPhase = connection !== null && readyConnection === connection ? 'ready' : 'loading'
  return { connection, phase, state }
}

const noSubscribe = () => () => {}
const noState = (): ConnectionState | null => null
