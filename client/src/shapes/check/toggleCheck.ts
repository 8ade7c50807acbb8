import type { Editor, TLShapeId } from 'tldraw'

import { CHECK_SHAPE } from '@bordduk/shared/shapes'

import { announce } from '../../a11y/announcer.ts'
import { say } from '../../a11y/canvasWords.ts'
import type { CheckShape } from '../templateShapeTypes.ts'

/**
 * Ticks or unticks a checklist item, by click, Space or Enter, and says which way it went.
 * The item is locked like the rest of the template; ticking is the one change allowed.
 */
export function toggleCheck(editor: Editor, id: TLShapeId): void {
  const shape = editor.getShape(id) as CheckShape | undefined
  if (!shape || shape.type !== CHECK_SHAPE || editor.getIsReadonly()) return
  const checked = !shape.props.checked
  editor.run(() => editor.updateShape({ id, type: CHECK_SHAPE, props: { checked } }), {
    ignoreShapeLock: true,
  })
  announce(say(checked ? 'keyChecked' : 'keyUnchecked', { label: shape.props.label }))
}
