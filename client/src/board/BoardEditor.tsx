import { getAssetUrlsByImport } from '@tldraw/assets/imports.vite'
import { useEffect, useState, useSyncExternalStore } from 'react'
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
import type { Editor, TLStore, TLUiOverrides, TLUserPreferences } from 'tldraw'
import 'tldraw/tldraw.css'

import type { BoardRole, Locale } from '@bordduk/shared'

import { canvasWords } from '../a11y/canvasWords.ts'
import { useI18n } from '../i18n/I18nProvider.tsx'
import { loadLocalUser, localUserPreferences } from '../identity/localUser.ts'
import type { BoardConnection } from '../sync/BoardConnection.ts'
import { bindPresence } from '../sync/bindPresence.ts'
import { bindRecords } from '../sync/bindRecords.ts'
import { announceDeletedNotes } from '../notes/announceDeletedNotes.ts'
import { keepNotesInSections } from '../notes/keepNotesInSections.ts'
import { templateShapeUtils } from '../shapes/templateShapes.ts'
import { fitFirstSheet } from './fitFirstSheet.ts'
import { guardTemplateLayer, templateLayerUiOverrides } from './guardTemplateLayer.ts'
import { boardComponents } from './BoardChrome.tsx'
import { BoardContext } from './BoardContext.ts'
import { canvasTranslations } from './canvasTranslations.ts'
import { keysOnTemplateShapes } from './keysOnTemplateShapes.ts'
import { MoveToSectionDialog, moveToSectionOverrides } from './MoveToSection.tsx'

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
  title: string
  inWorkshop: boolean
  licenseKey: string | undefined
  onFatal(error: unknown): void
}

/** The tldraw editor bound to the board's Y.Doc, with presence and the sync status chip. */
export function BoardEditor(props: BoardEditorProps) {
  const { connection, role, boardId, boardKey, boardLocale, title, inWorkshop, licenseKey, onFatal } = props
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
  // Shape descriptions and canvas announcements speak the person's language.
  useEffect(() => {
    canvasWords.set(t)
  }, [t])
  const [editor, setEditor] = useState<Editor | null>(null)
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
    <BoardContext.Provider value={{ connection, role, boardId, boardKey, boardLocale, title, inWorkshop }}>
      <Tldraw
        store={store}
        assetUrls={assetUrls}
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
          return () => {
            stopKeepingNotes()
            stopKeys()
            stopDeleteNews()
            stopGuard?.()
            setEditor(null)
          }
        }}
      />
      {editor && <MoveToSectionDialog editor={editor} />}
    </BoardContext.Provider>
  )
}
