import { getAssetUrlsByImport } from '@tldraw/assets/imports.vite'
import { useEffect, useState, useSyncExternalStore } from 'react'
import { Tldraw, atom, useTldrawCurrentUser } from 'tldraw'
import type { Editor, TLStore, TLUiOverrides, TLUserPreferences } from 'tldraw'
import 'tldraw/tldraw.css'

import type { BoardRole, Locale } from '@bordduk/shared'

import { canvasWords } from '../a11y/canvasWords.ts'
import { useI18n } from '../i18n/I18nProvider.tsx'
import { TLDRAW_LOCALES } from '../i18n/tldrawLocale.ts'
import { loadLocalUser, localUserPreferences } from '../identity/localUser.ts'
import type { BoardConnection } from '../sync/BoardConnection.ts'
import { createBoardStore } from '../sync/createBoardStore.ts'
import { announceDeletedNotes } from '../notes/announceDeletedNotes.ts'
import { keepNotesInSections } from '../notes/keepNotesInSections.ts'
import { boardTextLang } from '../shapes/boardTextLang.ts'
import { templateShapeUtils } from '../shapes/templateShapes.ts'
import { fitFirstSheet } from './fitFirstSheet.ts'
import { guardTemplateLayer, templateLayerUiOverrides } from './guardTemplateLayer.ts'
import { boardComponents } from './BoardChrome.tsx'
import { BoardContext } from './BoardContext.ts'
import { useWorkshopMap } from './useWorkshopMap.ts'
import { OutlinePanel } from '../outline/OutlinePanel.tsx'
import { focusOutlineToggle } from '../outline/OutlineToggle.tsx'
import { boardThemes } from './boardTheme.ts'
import { useBoardAnnouncements } from './useBoardAnnouncements.ts'
import { canvasTranslations } from './canvasTranslations.ts'
import { keysOnTemplateShapes } from './keysOnTemplateShapes.ts'
import { MoveToSectionDialog, moveToSectionOverrides } from './MoveToSection.tsx'
import { bindSilentDrafts } from '../silent/bindSilentDrafts.ts'
import { VotePanelSlot } from '../votes/VotePanelSlot.tsx'
import { VotingProvider } from '../votes/VotingProvider.tsx'

const facilitatorOverrides: TLUiOverrides[] = [canvasTranslations, moveToSectionOverrides]
const participantOverrides: TLUiOverrides[] = [...facilitatorOverrides, templateLayerUiOverrides]

// Fonts, icons and translations ship with our bundle: the app never calls tldraw's CDN.
const assetUrls = getAssetUrlsByImport()

declare global {
  interface Window {
    /** The tldraw editor, for scripting and tests (as tldraw's own apps do). */
    editor?: Editor
  }
}

interface BoardEditorProps {
  connection: BoardConnection
  role: BoardRole
  boardId: string
  boardKey: string
  boardLocale: Locale
  boardLocales: readonly Locale[]
  title: string
  inWorkshop: boolean
  licenseKey: string | undefined
  onFatal(error: unknown): void
}

/** The tldraw editor bound to the board's Y.Doc, with presence and the sync status chip. */
export function BoardEditor(props: BoardEditorProps) {
  const {
    connection,
    role,
    boardId,
    boardKey,
    boardLocale,
    boardLocales,
    title,
    inWorkshop,
    licenseKey,
    onFatal,
  } = props
  const { t, locale } = useI18n()
  const state = useSyncExternalStore(connection.subscribe, connection.getState)
  useBoardAnnouncements(connection)
  const tldrawLocale = TLDRAW_LOCALES[locale]
  const [{ preferences, setPreferences }] = useState(() =>
    localUserPreferences(
      loadLocalUser((n) => t('guestName', { n })),
      tldrawLocale,
    ),
  )
  useEffect(() => {
    preferences.update((p) => ({ ...p, locale: tldrawLocale }))
  }, [preferences, tldrawLocale])
  // The printed layer speaks the board's language: marked as such where the UI speaks another.
  const liveBoardLocale = useWorkshopMap(connection.doc).locale ?? boardLocale
  useEffect(() => {
    boardTextLang.set(liveBoardLocale === locale ? undefined : liveBoardLocale)
    return () => {
      boardTextLang.set(undefined)
    }
  }, [liveBoardLocale, locale])
  // Shape descriptions and canvas announcements speak the person's language.
  useEffect(() => {
    canvasWords.set(t)
  }, [t])
  // tldraw's UI speaks "my language": a locale it tries to set itself is not taken over.
  const [setPinnedPreferences] = useState(
    () => (next: TLUserPreferences) => setPreferences({ ...next, locale: preferences.get().locale }),
  )
  const user = useTldrawCurrentUser({
    userPreferences: preferences,
    setUserPreferences: setPinnedPreferences,
  })

  const [linkOnline] = useState(() => atom<'online' | 'offline'>('link', 'offline'))
  useEffect(() => {
    linkOnline.set(state.link === 'connected' ? 'online' : 'offline')
  }, [linkOnline, state.link])

  const [store, setStore] = useState<TLStore | null>(null)
  useEffect(() => {
    let bound: ReturnType<typeof createBoardStore>
    try {
      bound = createBoardStore({ connection, role, preferences, linkOnline })
    } catch (error) {
      onFatal(error)
      return
    }
    // The store is bound to the doc for exactly the lifetime of this effect.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setStore(bound.store)
    return () => {
      bound.unbind()
      setStore(null)
    }
  }, [connection, role, preferences, linkOnline, onFatal])

  const [outlineOpen, setOutlineOpen] = useState(false)
  const [editor, setEditor] = useState<Editor | null>(null)

  if (!store) return null
  const board = {
    connection,
    role,
    boardId,
    boardKey,
    boardLocale,
    boardLocales,
    title,
    inWorkshop,
    outlineOpen,
    setOutlineOpen,
  }
  return (
    <BoardContext.Provider value={board}>
      <VotingProvider connection={connection} role={role} boardId={boardId} boardKey={boardKey}>
        <div className="board-layout">
          <div className="board-layout__canvas">
            <Tldraw
              store={store}
              assetUrls={assetUrls}
              themes={boardThemes}
              licenseKey={licenseKey}
              user={user}
              shapeUtils={templateShapeUtils}
              components={boardComponents}
              overrides={role === 'facilitator' ? facilitatorOverrides : participantOverrides}
              onMount={(editor) => {
                window.editor = editor
                setEditor(editor)
                fitFirstSheet(editor)
                const stopKeepingNotes = keepNotesInSections(editor)
                const stopKeys = keysOnTemplateShapes(editor)
                const stopDeleteNews = announceDeletedNotes(editor)
                // Facilitators may adjust the printed layer; everyone else is kept off it.
                const stopGuard = role === 'facilitator' ? undefined : guardTemplateLayer(editor)
                // Participants' new notes stay their own while the facilitator has them write in silence.
                const stopSilent =
                  role === 'edit' ? bindSilentDrafts(editor, { connection, boardId, boardKey }) : undefined
                return () => {
                  stopKeepingNotes()
                  stopKeys()
                  stopDeleteNews()
                  stopGuard?.()
                  stopSilent?.()
                  setEditor(null)
                }
              }}
            />
          </div>
          {outlineOpen && editor && (
            <OutlinePanel
              editor={editor}
              role={role}
              title={title}
              boardId={boardId}
              boardKey={boardKey}
              onClose={() => {
                setOutlineOpen(false)
                focusOutlineToggle()
              }}
            />
          )}
          <VotePanelSlot editor={editor} />
        </div>
        {editor && <MoveToSectionDialog editor={editor} />}
      </VotingProvider>
    </BoardContext.Provider>
  )
}
