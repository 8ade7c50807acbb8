import { getAssetUrlsByImport } from '@tldraw/assets/imports.vite'
import { createContext, useContext, useEffect, useState, useSyncExternalStore } from 'react'
import {
  Tldraw,
  UserRecordType,
  atom,
  computed,
  createTLStore,
  createUserId,
  defaultBindingUtils,
  defaultShapeUtils,
  useTldrawCurrentUser,
} from 'tldraw'
import type { Editor, TLComponents, TLStore } from 'tldraw'
import 'tldraw/tldraw.css'

import type { BoardRole, Locale } from '@bordduk/shared'

import { useI18n } from '../i18n/I18nProvider.tsx'
import { loadLocalUser, localUserPreferences } from '../identity/localUser.ts'
import { LanguageSwitch } from '../routes/LanguageSwitch.tsx'
import type { BoardConnection } from '../sync/BoardConnection.ts'
import { bindPresence } from '../sync/bindPresence.ts'
import { bindRecords } from '../sync/bindRecords.ts'
import { keepNotesInSections } from '../notes/keepNotesInSections.ts'
import { templateShapeUtils } from '../shapes/templateShapes.ts'
import { fitFirstSheet } from './fitFirstSheet.ts'
import { guardTemplateLayer, templateLayerUiOverrides } from './guardTemplateLayer.ts'
import { BoardLanguage } from './BoardLanguage.tsx'
import { PrintPanel } from './PrintPanel.tsx'
import { SaveAsTemplate } from './SaveAsTemplate.tsx'
import { SyncStatus } from './SyncStatus.tsx'
import { VersionsPanel } from './VersionsPanel.tsx'
import { WorkshopBanner } from './WorkshopBanner.tsx'

// Fonts, icons and translations ship with our bundle: the app never calls tldraw's CDN.
const assetUrls = getAssetUrlsByImport()

declare global {
  interface Window {
    /** The tldraw editor, for scripting and tests (as tldraw's own apps do). */
    editor?: Editor
  }
}

interface BoardContextValue {
  connection: BoardConnection
  role: BoardRole
  boardId: string
  boardKey: string
  boardLocale: Locale
}

const BoardContext = createContext<BoardContextValue | null>(null)

/** Top-right panel inside tldraw's UI: the sync status and the language of the interface. */
function BoardStatusPanel() {
  const board = useContext(BoardContext)
  if (!board) throw new Error('BoardStatusPanel outside a board')
  const state = useSyncExternalStore(board.connection.subscribe, board.connection.getState)
  return (
    <div className="board-panel">
      <SyncStatus state={state} role={board.role} />
      <PrintPanel boardId={board.boardId} boardKey={board.boardKey} />
      {board.role !== 'view' && (
        <>
          <BoardLanguage boardId={board.boardId} boardKey={board.boardKey} initial={board.boardLocale} />
          <VersionsPanel boardId={board.boardId} boardKey={board.boardKey} />
          {board.role === 'facilitator' && (
            <SaveAsTemplate boardId={board.boardId} boardKey={board.boardKey} />
          )}
        </>
      )}
      <LanguageSwitch onLight />
    </div>
  )
}

/** Top-centre panel inside tldraw's UI: the facilitator's timer and message, in workshops. */
function BoardTopPanel() {
  const board = useContext(BoardContext)
  if (!board) throw new Error('BoardTopPanel outside a board')
  return <WorkshopBanner doc={board.connection.doc} role={board.role} />
}

const components: TLComponents = { SharePanel: BoardStatusPanel, TopPanel: BoardTopPanel }

interface BoardEditorProps {
  connection: BoardConnection
  role: BoardRole
  boardId: string
  boardKey: string
  boardLocale: Locale
  licenseKey: string | undefined
  onFatal(error: unknown): void
}

/** The tldraw editor bound to the board's Y.Doc, with presence and the sync status chip. */
export function BoardEditor(props: BoardEditorProps) {
  const { connection, role, boardId, boardKey, boardLocale, licenseKey, onFatal } = props
  const { t, locale } = useI18n()
  const state = useSyncExternalStore(connection.subscribe, connection.getState)
  const tldrawLocale = locale === 'nb' ? 'no' : 'en'
  const [{ preferences, setPreferences }] = useState(() =>
    localUserPreferences(
      loadLocalUser((n) => t('guestName', { n })),
      tldrawLocale,
    ),
  )
  useEffect(() => {
    preferences.update((p) => ({ ...p, locale: tldrawLocale }))
  }, [preferences, tldrawLocale])
  const user = useTldrawCurrentUser({ userPreferences: preferences, setUserPreferences: setPreferences })

  const [linkOnline] = useState(() => atom<'online' | 'offline'>('link', 'offline'))
  useEffect(() => {
    linkOnline.set(state.link === 'connected' ? 'online' : 'offline')
  }, [linkOnline, state.link])

  const [store, setStore] = useState<TLStore | null>(null)
  useEffect(() => {
    const currentUser = computed('bordduk current user', () => {
      const p = preferences.get()
      return UserRecordType.create({ id: createUserId(p.id), name: p.name ?? '', color: p.color ?? '' })
    })
    const tlStore = createTLStore({
      shapeUtils: [...defaultShapeUtils, ...templateShapeUtils],
      bindingUtils: defaultBindingUtils,
      users: { currentUser },
      collaboration: { status: linkOnline, mode: atom('mode', role === 'view' ? 'readonly' : 'readwrite') },
    })
    let unbindRecords: () => void
    try {
      unbindRecords = bindRecords(tlStore, connection.doc)
    } catch (error) {
      onFatal(error)
      return
    }
    const unbindPresence = bindPresence(tlStore, connection.provider.awareness, currentUser)
    // The store is bound to the doc for exactly the lifetime of this effect.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setStore(tlStore)
    return () => {
      unbindPresence()
      unbindRecords()
      setStore(null)
    }
  }, [connection, role, preferences, linkOnline, onFatal])

  if (!store) return null
  return (
    <BoardContext.Provider value={{ connection, role, boardId, boardKey, boardLocale }}>
      <Tldraw
        store={store}
        assetUrls={assetUrls}
        licenseKey={licenseKey}
        user={user}
        shapeUtils={templateShapeUtils}
        components={components}
        overrides={role === 'facilitator' ? undefined : templateLayerUiOverrides}
        onMount={(editor) => {
          window.editor = editor
          fitFirstSheet(editor)
          const stopKeepingNotes = keepNotesInSections(editor)
          // Facilitators may adjust the printed layer; everyone else is kept off it.
          const stopGuard = role === 'facilitator' ? undefined : guardTemplateLayer(editor)
          return () => {
            stopKeepingNotes()
            stopGuard?.()
          }
        }}
      />
    </BoardContext.Provider>
  )
}
