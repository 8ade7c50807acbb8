import type { Editor, TLShape, TLUiOverrides } from 'tldraw'

import { CHECK_SHAPE, FIELD_SHAPE } from '@bordduk/shared/shapes'

function isTemplateShape(shape: TLShape): boolean {
  return shape.meta?.template === true
}

/** The one prop a participant may change on each kind of template shape. */
const WRITABLE_PROP = new Map<string, string>([
  [CHECK_SHAPE, 'checked'],
  [FIELD_SHAPE, 'text'],
])

/** True when the only difference between two versions is a tick, or a field's text. */
export function onlyWritablePropChanged(prev: TLShape, next: TLShape): boolean {
  const prop = WRITABLE_PROP.get(prev.type)
  if (!prop || next.type !== prev.type) return false
  const strip = (s: TLShape) => JSON.stringify({ ...s, props: { ...s.props, [prop]: null } })
  return strip(prev) === strip(next)
}

/**
 * Keeps participants from changing the printed layer: no move, edit, unlock or delete of a
 * template shape through their own actions. Only changes from this person (`source: 'user'`)
 * are stopped; remote changes must pass, or this copy would drift from the shared document.
 * Ticking a checklist item and writing in a field are allowed. The server is the real guard; this is the first line.
 */
export function guardTemplateLayer(editor: Editor): () => void {
  const stopChanges = editor.sideEffects.registerBeforeChangeHandler('shape', (prev, next, source) => {
    if (source !== 'user' || !isTemplateShape(prev)) return next
    return onlyWritablePropChanged(prev, next) ? next : prev
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
