import { getAssetUrlsByImport } from '@tldraw/assets/imports.vite'
import { useEffect, useRef, useState } from 'react'
import { Tldraw, createTLStore, defaultBindingUtils } from 'tldraw'
import type { TLComponents, TLStore } from 'tldraw'
import 'tldraw/tldraw.css'

import { boardThemes } from '../board/boardTheme.ts'
import { templateShapeUtils } from '../shapes/templateShapes.ts'
import { BoardConnection } from '../sync/BoardConnection.ts'
import { bindRecords } from '../sync/bindRecords.ts'
import { boardShapeUtils } from '../sync/createBoardStore.ts'
import { fitBoard } from './fitBoard.ts'
import type { FitFocus } from './fitBoard.ts'

const assetUrls = getAssetUrlsByImport()

/** Nothing but the shapes: no grid dots, no one's cursor. */
const BARE_COMPONENTS: TLComponents = { Grid: null, CollaboratorCursor: null }

interface LiveBoardViewProps {
  boardId: string
  /** The group's view key: the projector only ever looks. */
  viewKey: string
  licenseKey: string | undefined
  /** The whole board, or zoomed in on where the notes are. */
  focus: FitFocus
  /** The board cannot be shown (refused, unknown, unreadable). */
  onProblem(): void
}

/**
 * One board, live and read-only, with no chrome and the camera fitted to its sheets. It joins
 * the board with the view key and shares no presence: the projector is not someone in the room,
 * so it neither draws a cursor on the groups' boards nor appears among the names present.
 */
export function LiveBoardView({ boardId, viewKey, licenseKey, focus, onProblem }: LiveBoardViewProps) {
  const [store, setStore] = useState<TLStore | null>(null)
  const fitter = useRef<ReturnType<typeof fitBoard> | null>(null)
  const focusNow = useRef(focus)
  useEffect(() => {
    focusNow.current = focus
    fitter.current?.setFocus(focus)
  }, [focus])

  useEffect(() => {
    const connection = new BoardConnection(boardId, viewKey, { observer: true })
    let unbind = () => {}
    let cancelled = false
    const onSync = (synced: boolean) => {
      if (!synced || cancelled) return
      connection.provider.off('sync', onSync)
      const tlStore = createTLStore({
        shapeUtils: boardShapeUtils,
        bindingUtils: defaultBindingUtils,
      })
      try {
        unbind = bindRecords(tlStore, connection.doc)
        setStore(tlStore)
      } catch {
        onProblem()
      }
    }
    const onClose = (event: { code: number } | null) => {
      // 4000–4499: the server refused this link for good (see BoardConnection's shouldReconnect).
      if (!cancelled && event && event.code >= 4000 && event.code < 4500) onProblem()
    }
    connection.provider.on('sync', onSync)
    connection.provider.on('connection-close', onClose)
    return () => {
      cancelled = true
      connection.provider.off('sync', onSync)
      connection.provider.off('connection-close', onClose)
      unbind()
      connection.destroy()
    }
  }, [boardId, viewKey, onProblem])

  if (!store) return null
  return (
    <Tldraw
      store={store}
      hideUi
      autoFocus={false}
      assetUrls={assetUrls}
      themes={boardThemes}
      licenseKey={licenseKey}
      shapeUtils={templateShapeUtils}
      components={BARE_COMPONENTS}
      onMount={(editor) => {
        editor.updateInstanceState({ isReadonly: true })
        const fit = fitBoard(editor, focusNow.current)
        fitter.current = fit
        return () => {
          fit.stop()
          fitter.current = null
        }
      }}
    />
  )
}
