import type { Editor } from 'tldraw'

import { announce } from '../a11y/announcer.ts'
import { say } from '../a11y/canvasWords.ts'

/**
 * Says "Note deleted" when this person deletes notes (Delete, the context menu, cut), so a
 * screen reader user hears that the key did something. Deletes by peers are left to the
 * announcements of others' activity.
 */
export function announceDeletedNotes(editor: Editor): () => void {
  let count = 0
  return editor.sideEffects.registerAfterDeleteHandler('shape', (shape, source) => {
    if (source !== 'user' || shape.type !== 'note') return
    // A delete from the outline panel (same editor) is said by the outline, in its own words.
    if (document.activeElement?.closest('#outline-panel')) return
    // One delete of several notes is one sentence.
    if (count++ === 0)
      queueMicrotask(() => {
        announce(count === 1 ? say('keyNoteDeleted') : say('keyNotesDeleted', { n: count }))
        count = 0
      })
  })
}
