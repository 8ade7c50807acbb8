import { HTMLContainer, stopEventPropagation, useEditor, useSvgExportContext, useValue } from 'tldraw'

import { FIELD_SHAPE, FIELD_TEXT_MAX_CHARS, fieldShapeProps, toFieldText } from '@bordduk/shared/shapes'

import { boardTextLang } from '../boardTextLang.ts'
import { say } from '../../a11y/canvasWords.ts'
import { TemplateShapeUtil } from '../TemplateShapeUtil.ts'
import { useKeyboardFocus } from '../useKeyboardFocus.ts'
import type { FieldShape } from '../templateShapeTypes.ts'
import { FIELD_LINE_HEIGHT, fitFieldText } from './fitFieldText.ts'
import './field.css'

/** Room the caption takes at the left of a header field (sheet units). */
const CAPTION_W = 130
const PADDING = 6
/** The box's border (field.css): inside it is what the text may fill. */
const BORDER = 2

/** A field of the printed layer ("Anskaffelse", "Dato og deltakere") that the group fills in place. */
export class FieldShapeUtil extends TemplateShapeUtil<FieldShape> {
  static override type = FIELD_SHAPE
  static override props = fieldShapeProps

  getDefaultProps(): FieldShape['props'] {
    return { w: 400, h: 52, sheetId: 'sheet', fieldId: 'field', label: '', showLabel: true, text: '' }
  }

  override canTabTo = () => true

  override getAriaDescriptor(shape: FieldShape) {
    return say('keyFieldDescriptor', { label: shape.props.label, text: shape.props.text || '–' })
  }

  override getText(shape: FieldShape) {
    return shape.props.text
  }

  component(shape: FieldShape) {
    return <Field shape={shape} />
  }
}

function Field({ shape }: { shape: FieldShape }) {
  const editor = useEditor()
  const readonly = useValue('readonly', () => editor.getIsReadonly(), [editor])
  // Exports and prints draw the text as text: a textarea's value is not part of the DOM.
  const exporting = useSvgExportContext() !== null
  const focused = useKeyboardFocus(shape.id) && !exporting
  const { w, h, label, showLabel, text } = shape.props
  // The text element's own side padding (field.css) narrows it by 8 more.
  const textW = w - (showLabel ? CAPTION_W : 0) - 2 * (PADDING + BORDER) - 8
  const innerH = h - 2 * (PADDING + BORDER)
  const { fontSize, height } = fitFieldText(text, textW, innerH)
  // A line or two sits in the middle of the box, as written on paper; more fill it from the top.
  const style = { fontSize, lineHeight: FIELD_LINE_HEIGHT, paddingTop: Math.max(0, (innerH - height) / 2) }

  const write = (next: string) => {
    // Locked like the rest of the printed layer; the text is the one thing a group may change.
    editor.run(
      () =>
        editor.updateShape({
          id: shape.id,
          type: FIELD_SHAPE,
          // What the server would refuse (and close the connection for) never leaves here.
          props: { text: toFieldText(next) },
        }),
      { ignoreShapeLock: true },
    )
  }
  const editable = !readonly && !exporting
  return (
    <HTMLContainer
      className={focused ? 'bd-field bd-kbd-focus' : 'bd-field'}
      lang={useValue(boardTextLang)}
      data-field-id={shape.props.fieldId}
      style={{ width: w, height: h, padding: PADDING, pointerEvents: editable ? 'all' : 'none' }}
    >
      {/* A label, so a click or tap anywhere in the box (the caption too) puts the cursor in it. */}
      <label
        className="bd-field__box"
        // Taps and clicks belong to the field, not to the canvas under it (which would select
        // or pan, and on touch cancel the tap that focuses the field).
        onPointerDown={editable ? stopEventPropagation : undefined}
        onPointerUp={editable ? stopEventPropagation : undefined}
        onTouchStart={editable ? stopEventPropagation : undefined}
        onTouchEnd={editable ? stopEventPropagation : undefined}
      >
        {showLabel && (
          <span className="bd-field__label" style={{ width: CAPTION_W - PADDING }}>
            {label}
          </span>
        )}
        {editable ? (
          <textarea
            className="bd-field__text bd-field__input"
            style={style}
            value={text}
            maxLength={FIELD_TEXT_MAX_CHARS}
            aria-label={label}
            // Reached through the canvas's own Tab navigation (Enter puts the cursor here).
            tabIndex={-1}
            spellCheck={false}
            onKeyDown={(e) => {
              if (e.key !== 'Escape') return
              // Back to the canvas (not to the page's start), so the keyboard goes on from here.
              e.currentTarget.blur()
              editor.focus()
            }}
            onChange={(e) => write(e.currentTarget.value)}
          />
        ) : (
          <div className="bd-field__text" style={style}>
            {text}
          </div>
        )}
      </label>
    </HTMLContainer>
  )
}
