import { HTMLContainer, useEditor, useValue } from 'tldraw'

import { CHECK_SHAPE, checkShapeProps } from '@bordduk/shared/shapes'

import { boardTextLang } from '../boardTextLang.ts'
import { canvasControlEvents } from '../canvasControlEvents.ts'
import { TemplateShapeUtil } from '../TemplateShapeUtil.ts'
import type { CheckShape } from '../templateShapeTypes.ts'
import '../templateShapes.css'

/** A checklist item of the template layer that anyone who may edit can tick. */
export class CheckShapeUtil extends TemplateShapeUtil<CheckShape> {
  static override type = CHECK_SHAPE
  static override props = checkShapeProps

  getDefaultProps(): CheckShape['props'] {
    return { w: 400, h: 100, sheetId: 'sheet', itemId: 'item', label: '', checked: false }
  }

  component(shape: CheckShape) {
    return <CheckItem shape={shape} />
  }
}

function CheckItem({ shape }: { shape: CheckShape }) {
  const editor = useEditor()
  const readonly = useValue('readonly', () => editor.getIsReadonly(), [editor])
  const { w, h, label, checked } = shape.props
  const toggle = () => {
    if (readonly) return
    // The item is locked like the rest of the template; ticking is the one change allowed.
    editor.run(() => editor.updateShape({ id: shape.id, type: CHECK_SHAPE, props: { checked: !checked } }), {
      ignoreShapeLock: true,
    })
  }
  return (
    <HTMLContainer className="bd-check" lang={useValue(boardTextLang)} style={{ width: w, height: h }}>
      <button
        type="button"
        role="checkbox"
        aria-checked={checked}
        aria-disabled={readonly}
        className="bd-check__box"
        data-checked={checked}
        {...canvasControlEvents}
        onClick={toggle}
      >
        <span className="bd-check__mark" aria-hidden="true">
          {checked ? '✓' : ''}
        </span>
        <span className="bd-check__label">{label}</span>
      </button>
    </HTMLContainer>
  )
}
