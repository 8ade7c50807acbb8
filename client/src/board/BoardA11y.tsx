import { useEffect, useRef } from 'react'
import { useA11y, useEditor, useSelectedShapesAnnouncer, useValue } from 'tldraw'
import type { TLNoteShape } from 'tldraw'

import { announce } from '../a11y/announcer.ts'
import { useI18n } from '../i18n/I18nProvider.tsx'
import { noteColourKey } from './NoteColourLabels.tsx'

/**
 * tldraw's announcer (its A11y slot), routed into the app's one live region instead of a
 * second one of tldraw's: its selection messages ("…, note. 3 of 12") and anything it
 * announces itself arrive through `announce`, so they never talk over ours. A single selected
 * note is named with its colour first, so colour is never the only thing that tells notes apart.
 */
export function BoardA11y() {
  const editor = useEditor()
  const a11y = useA11y()
  const { t } = useI18n()
  // The latest translator, without a change of language repeating the last message.
  const tRef = useRef(t)
  useEffect(() => {
    tRef.current = t
  }, [t])
  useSelectedShapesAnnouncer()
  const message = useValue('tldraw announcement', () => a11y.currentMsg.get(), [a11y])
  useEffect(() => {
    if (!message.msg) return
    const only = editor.getOnlySelectedShape()
    const colour =
      only?.type === 'note' ? tRef.current(noteColourKey((only as TLNoteShape).props.color)) : undefined
    announce(colour ? `${colour}: ${message.msg}` : message.msg)
  }, [message, editor])
  return null
}
