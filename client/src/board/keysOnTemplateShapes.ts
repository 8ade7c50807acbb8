import type { Editor } from 'tldraw'

import { CHECK_SHAPE, FIELD_SHAPE, SECTION_SHAPE } from '@bordduk/shared/shapes'

import { announce } from '../a11y/announcer.ts'
import { say } from '../a11y/canvasWords.ts'
import { addNoteInSection } from '../notes/notesBySection.ts'
import { toggleCheck } from '../shapes/check/toggleCheck.ts'
import type { SectionShape } from '../shapes/templateShapeTypes.ts'

/**
 * What Enter and Space do on a template shape that has keyboard focus (tldraw's Tab moves
 * selection through the shapes, and the canvas keeps DOM focus):
 * - a section: Enter puts a new note in it at a free place and opens it for typing;
 * - a checklist item: Space or Enter ticks or unticks it;
 * - a header field: Enter puts the cursor in it (Escape brings focus back to the canvas).
 * tldraw does nothing with these keys on a locked shape, so nothing of its own is lost.
 * These keys work on the focused shape only, so they stay on when shortcuts are turned off.
 * So does Delete on the selected notes (see below).
 */
export function keysOnTemplateShapes(editor: Editor): () => void {
  const container = editor.getContainer()
  let swallowKeyUp: string | undefined

  const onKeyDown = (event: KeyboardEvent) => {
    if (deleteWithShortcutsOff(event)) return
    if (event.key !== 'Enter' && event.key !== ' ') return
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey || event.repeat) return
    // Only when the canvas itself has focus: not in a field, a button or a menu.
    if (event.target !== container) return
    if (editor.getEditingShapeId() || editor.menus.hasAnyOpenMenus() || editor.getIsReadonly()) return
    const shape = editor.getOnlySelectedShape()
    if (!shape) return

    let handled = true
    if (shape.type === SECTION_SHAPE && event.key === 'Enter') {
      if (addNoteInSection(editor, shape.id))
        announce(say('keyNoteAdded', { title: (shape as SectionShape).props.title }))
    } else if (shape.type === CHECK_SHAPE) {
      toggleCheck(editor, shape.id)
    } else if (shape.type === FIELD_SHAPE && event.key === 'Enter') {
      document.getElementById(shape.id)?.querySelector('textarea')?.focus()
    } else {
      handled = false
    }
    if (!handled) return
    event.preventDefault()
    event.stopPropagation()
    swallowKeyUp = event.key
  }
  // Turning single-key shortcuts off (WCAG 2.1.4) also turns off tldraw's Delete, which is not
  // a character key: Delete and Backspace on the selected notes stay, as the keyboard's way to
  // remove a note. The template layer's guard still refuses deleting a locked shape.
  const deleteWithShortcutsOff = (event: KeyboardEvent): boolean => {
    if (event.key !== 'Delete' && event.key !== 'Backspace') return false
    if (editor.user.getAreKeyboardShortcutsEnabled()) return false
    if (event.altKey || event.ctrlKey || event.metaKey || event.target !== container) return false
    if (editor.getEditingShapeId() || editor.menus.hasAnyOpenMenus() || editor.getIsReadonly()) return false
    const notes = editor.getSelectedShapes().filter((shape) => shape.type === 'note' && !shape.isLocked)
    if (notes.length === 0) return false
    editor.markHistoryStoppingPoint('delete notes')
    editor.deleteShapes(notes.map((shape) => shape.id))
    event.preventDefault()
    event.stopPropagation()
    return true
  }

  // tldraw acts on some keys as they are released: the release of a key used here is ours too.
  const onKeyUp = (event: KeyboardEvent) => {
    if (event.key !== swallowKeyUp) return
    swallowKeyUp = undefined
    event.preventDefault()
    event.stopPropagation()
  }

  // On the window, in the capture phase: before tldraw's own listeners on the container.
  window.addEventListener('keydown', onKeyDown, true)
  window.addEventListener('keyup', onKeyUp, true)
  return () => {
    window.removeEventListener('keydown', onKeyDown, true)
    window.removeEventListener('keyup', onKeyUp, true)
  }
}
