import { useEditor, useValue } from 'tldraw'
import type { TLDefaultColorStyle, TLNoteShape } from 'tldraw'

import { useI18n } from '../i18n/I18nProvider.tsx'
import type { MessageKey } from '../i18n/messages.ts'

export function noteColourKey(colour: TLDefaultColorStyle): MessageKey {
  return `keyColour_${colour}` as MessageKey
}

/** Labels shown at once; a large selection would only cover the board with them. */
const MAX_LABELS = 6

/**
 * The colour's name ("Gul lapp") in a small tag above the notes that are selected or under
 * the pointer, so a colour's meaning can be read as words, not only seen (WCAG 1.4.1).
 */
export function NoteColourLabels() {
  const editor = useEditor()
  const { t } = useI18n()
  const labels = useValue(
    'note colour labels',
    () => {
      const ids = [...editor.getSelectedShapeIds()]
      const hovered = editor.getHoveredShapeId()
      if (hovered && !ids.includes(hovered)) ids.push(hovered)
      const out: { id: string; colour: TLDefaultColorStyle; x: number; y: number }[] = []
      for (const id of ids.slice(0, MAX_LABELS)) {
        const note = editor.getShape<TLNoteShape>(id)
        const bounds = note?.type === 'note' ? editor.getShapePageBounds(note) : undefined
        if (!note || !bounds) continue
        const at = editor.pageToViewport({ x: bounds.x, y: bounds.y })
        out.push({ id, colour: note.props.color, x: at.x, y: at.y })
      }
      return out
    },
    [editor],
  )
  return (
    <>
      {labels.map((l) => (
        <div
          key={l.id}
          className="note-colour-label"
          data-testid="note-colour-label"
          style={{ left: l.x, top: l.y }}
        >
          {t(noteColourKey(l.colour))}
        </div>
      ))}
    </>
  )
}
