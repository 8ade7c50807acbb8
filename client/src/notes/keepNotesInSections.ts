import type { Editor, TLNoteShape, TLShapeId, TLShapePartial } from 'tldraw'

import { fitNoteInto } from '@bordduk/shared/shapes'

import { boardNoteScale, noteAreaFor, sectionAt } from './notePlaces.ts'

/**
 * Notes this person makes (note tool, "+" handles, duplicate, paste) get the board's note
 * scale, and one made in a section is moved, as little as needed, to lie wholly inside the
 * section's notes area, below its prompts. Changes from peers pass untouched: they were
 * placed by their author's browser, and changing them here would fork the document.
 */
export function keepNotesInSections(editor: Editor): () => void {
  const fresh = new Set<TLShapeId>()
  let scheduled = false

  const stopCreate = editor.sideEffects.registerBeforeCreateHandler('shape', (shape, source) => {
    if (source !== 'user' || shape.type !== 'note') return shape
    const note = shape as TLNoteShape
    fresh.add(note.id)
    if (!scheduled) {
      scheduled = true
      // tldraw's tools create a note at the pointer and centre it in a second change within
      // the same gesture: fit it once that is done, before anything else happens.
      queueMicrotask(() => {
        scheduled = false
        const ids = [...fresh]
        fresh.clear()
        fitIntoSections(editor, ids)
      })
    }
    const scale = boardNoteScale(editor, note)
    return scale && note.props.scale !== scale ? { ...note, props: { ...note.props, scale } } : note
  })
  return () => {
    stopCreate()
    fresh.clear()
  }
}

function fitIntoSections(editor: Editor, ids: TLShapeId[]): void {
  const updates: TLShapePartial<TLNoteShape>[] = []
  for (const id of ids) {
    const note = editor.getShape<TLNoteShape>(id)
    if (!note || note.parentId !== editor.getCurrentPageId()) continue
    const bounds = editor.getShapePageBounds(note)
    if (!bounds) continue
    const section = sectionAt(editor, bounds.center)
    const area = section && noteAreaFor(section, bounds.center)
    if (!area) continue
    const target = fitNoteInto(area, bounds)
    const [dx, dy] = [target.x - bounds.x, target.y - bounds.y]
    if (dx !== 0 || dy !== 0) updates.push({ id, type: 'note', x: note.x + dx, y: note.y + dy })
  }
  // Part of the gesture that made the notes: one undo removes them, not just the nudge.
  if (updates.length > 0) editor.run(() => editor.updateShapes(updates))
}
