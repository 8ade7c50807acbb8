import { HTMLContainer, useEditor, useValue } from 'tldraw'

import { CHECK_SHAPE, checkShapeProps } from '@bordduk/shared/shapes'

import { boardTextLang } from '../boardTextLang.ts'
import { say } from '../../a11y/canvasWords.ts'
import { canvasControlEvents } from '../canvasControlEvents.ts'
import { TemplateShapeUtil } from '../TemplateShapeUtil.ts'
import { useKeyboardFocus } from '../useKeyboardFocus.ts'
import { toggleCheck } from './toggleCheck.ts'
import type { CheckShape } from '../templateShapeTypes.ts'
import '../templateShapes.css'

/** A checklist item of the template layer that anyone who may edit can tick. */
export class CheckShapeUtil extends TemplateShapeUtil<CheckShape> {
  static override type = CHECK_SHAPE
  static override props = checkShapeProps

  getDefaultProps(): CheckShape['props'] {
    return { w: 400, h: 100, sheetId: 'sheet', itemId: 'item', label: '', checked: false }
  }

  override canTabTo = () => true

  override getAriaDescriptor(shape: CheckShape) {
    const { label, checked } = shape.props
    return say('keyCheckDescriptor', { label, state: say(checked ? 'keyCheckedState' : 'keyUncheckedState') })
  }

  override getText(shape: CheckShape) {
    return shape.props.label
  }

  component(shape: CheckShape) {
    return <CheckItem shape={shape} />
  }
}

function CheckItem({ shape }: { shape: CheckShape }) {
  const editor = useEditor()
  const readonly = useValue('readonly', () => editor.getIsReadonly(), [editor])
  const focused = useKeyboardFocus(shape.id)
  const { w, h, label, checked } = shape.props
  return (
    <HTMLContainer
      className={focused ? 'bd-check bd-kbd-focus' : 'bd-check'}
      lang={useValue(boardTextLang)}
      style={{ width: w, height: h }}
    >
      <button
        type="button"
        role="checkbox"
        // Reached through the canvas's own Tab navigation (Space ticks), not the page's Tab order.
        tabIndex={-1}
        aria-checked={checked}
        aria-disabled={readonly}
        className="bd-check__box"
        data-checked={checked}
        {...canvasControlEvents}
        onClick={() => toggleCheck(editor, shape.id)}
      >
        <span className="bd-check__mark" aria-hidden="true">
          {checked ? '✓' : ''}
        </span>
        <span className="bd-check__label">{label}</span>
      </button>
    </HTMLContainer>
  )
}
