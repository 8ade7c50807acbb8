import type { Editor, TLShape, TLUiOverrides } from 'tldraw'

import { CHECK_SHAPE } from '@bordduk/shared/shapes'

function isTemplateShape(shape: TLShape): boolean {
  return shape.meta?.template === true
}

/** True when the only difference between two versions of a checklist item is its tick. */
function onlyTickChanged(prev: TLShape, next: TLShape): boolean {
  if (prev.type !== CHECK_SHAPE) return false
  const strip = (s: TLShape) => JSON.stringify({ ...s, props: { ...s.props, checked: null } })
  return strip(prev) === strip(next)
}

/**
 * Keeps participants from changing the printed layer: no move, edit, unlock or delete of a
 * template shape through their own actions. Only changes from this person (`source: 'user'`)
 * are stopped; remote changes must pass, or this copy would drift from the shared document.
 * Ticking a checklist item is allowed. The server is the real guard; this is the first line.
 */
export function guardTemplateLayer(editor: Editor): () => void {
  const stopChanges = editor.sideEffects.registerBeforeChangeHandler('shape', (prev, next, source) => {
    if (source !== 'user' || !isTemplateShape(prev)) return next
    return onlyTickChanged(prev, next) ? next : prev
  })
  const stopDeletes = editor.sideEffects.registerBeforeDeleteHandler('shape', (shape, source) => {
    if (source === 'user' && isTemplateShape(shape)) return false
    return
  })
  return () => {
    stopChanges()
    stopDeletes()
  }
}

/** tldraw's lock/unlock actions are removed: the template layer's lock is not for participants. */
export const templateLayerUiOverrides: TLUiOverrides = {
  actions(_editor, actions) {
    delete actions['toggle-lock']
    delete actions['unlock-all']
    return actions
  },
}
