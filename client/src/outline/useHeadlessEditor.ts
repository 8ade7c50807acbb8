import { useEffect, useState, useSyncExternalStore } from 'react'
import {
  Editor,
  atom,
  defaultAddFontsFromNode,
  defaultBindingUtils,
  tipTapDefaultExtensions,
  useTldrawCurrentUser,
} from 'tldraw'

import type { BoardRole } from '@bordduk/shared'

import { TLDRAW_LOCALES } from '../i18n/tldrawLocale.ts'
import { useI18n } from '../i18n/I18nProvider.tsx'
import { loadLocalUser, localUserPreferences } from '../identity/localUser.ts'
import type { BoardConnection } from '../sync/BoardConnection.ts'
import { boardShapeUtils, createBoardStore } from '../sync/createBoardStore.ts'

/**
 * A tldraw editor bound to the board but drawing nothing: the outline page's, which has no
 * canvas. The editor is what builds, checks and measures note records on the canvas too, so
 * notes written here are the same records. Its text measuring needs an element in the page:
 * a hidden, empty one.
 */
export function useHeadlessEditor(
  connection: BoardConnection,
  role: BoardRole,
  onFatal: (error: unknown) => void,
) {
  const { t, locale } = useI18n()
  const [{ preferences, setPreferences }] = useState(() =>
    localUserPreferences(
      loadLocalUser((n) => t('guestName', { n })),
      TLDRAW_LOCALES[locale],
    ),
  )
  const user = useTldrawCurrentUser({ userPreferences: preferences, setUserPreferences: setPreferences })
  const state = useSyncExternalStore(connection.subscribe, connection.getState)
  const [linkOnline] = useState(() => atom<'online' | 'offline'>('link', 'offline'))
  useEffect(() => {
    linkOnline.set(state.link === 'connected' ? 'online' : 'offline')
  }, [linkOnline, state.link])

  const [editor, setEditor] = useState<Editor | null>(null)
  useEffect(() => {
    let bound: ReturnType<typeof createBoardStore>
    try {
      bound = createBoardStore({ connection, role, preferences, linkOnline })
    } catch (error) {
      onFatal(error)
      return
    }
    const container = document.createElement('div')
    container.className = 'tl-container outline-measure'
    container.setAttribute('aria-hidden', 'true')
    document.body.append(container)
    const headless = new Editor({
      store: bound.store,
      shapeUtils: boardShapeUtils,
      bindingUtils: defaultBindingUtils,
      tools: [],
      getContainer: () => container,
      user,
      // What <Tldraw> gives the canvas's editor: note text is measured the same way.
      options: {
        text: {
          addFontsFromNode: defaultAddFontsFromNode,
          tipTapConfig: { extensions: tipTapDefaultExtensions },
        },
      },
    })
    // The editor lives exactly as long as this effect.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setEditor(headless)
    return () => {
      setEditor(null)
      headless.dispose()
      bound.unbind()
      container.remove()
    }
  }, [connection, role, preferences, linkOnline, user, onFatal])
  return editor
}
