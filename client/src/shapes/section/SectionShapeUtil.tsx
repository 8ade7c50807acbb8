import type { CSSProperties } from 'react'
import { HTMLContainer, useEditor, useSvgExportContext, useValue } from 'tldraw'

import {
  SECTION_SHAPE,
  SECTION_METRICS,
  TABLE_LABEL_WIDTH,
  notesTop,
  sectionShapeProps,
  takesNotes,
} from '@bordduk/shared/shapes'

import { agendaStepSections } from '../agendaStepSections.ts'
import { boardTextLang } from '../boardTextLang.ts'
import { say } from '../../a11y/canvasWords.ts'
import { useI18n } from '../../i18n/I18nProvider.tsx'
import { addNoteInSection } from '../../notes/notesBySection.ts'
import { canvasControlEvents } from '../canvasControlEvents.ts'
import { TemplateShapeUtil } from '../TemplateShapeUtil.ts'
import { useKeyboardFocus } from '../useKeyboardFocus.ts'
import type { SectionShape } from '../templateShapeTypes.ts'
import '../templateShapes.css'
import { TidyButton } from './TidyButton.tsx'

/** One section of a sheet: number, title and guiding prompts above room for notes. */
export class SectionShapeUtil extends TemplateShapeUtil<SectionShape> {
  static override type = SECTION_SHAPE
  static override props = sectionShapeProps

  getDefaultProps(): SectionShape['props'] {
    return {
      w: 400,
      h: 300,
      sheetId: 'sheet',
      sectionId: 'section',
      number: '',
      title: '',
      prompts: [],
      kind: 'free',
      columns: 0,
    }
  }

  // Keyboard navigation stops at the sections notes go in, where Enter makes one.
  override canTabTo = (shape: SectionShape) => takesNotes(shape.props.kind)

  override getAriaDescriptor(shape: SectionShape) {
    const { number, title } = shape.props
    if (!takesNotes(shape.props.kind)) return title
    return number
      ? say('keySectionDescriptor', { number, title })
      : say('keySectionDescriptorUnnumbered', { title })
  }

  override getText(shape: SectionShape) {
    return shape.props.title
  }

  component(shape: SectionShape) {
    return <Section shape={shape} />
  }
}

/** While the section has keyboard focus: "New note here ⏎", a button for what Enter does. */
function NewNoteHere({ shape, style }: { shape: SectionShape; style: CSSProperties }) {
  const editor = useEditor()
  const { t } = useI18n()
  const readonly = useValue('readonly', () => editor.getIsReadonly(), [editor])
  if (readonly) return null
  return (
    <button
      type="button"
      className="bd-section__new-note"
      style={style}
      // Focus stays on the canvas, where Enter does the same; the button is for pointer users.
      tabIndex={-1}
      aria-label={t('keyNewNoteHereLabel', { title: shape.props.title })}
      {...canvasControlEvents}
      onClick={() => addNoteInSection(editor, shape.id)}
    >
      {t('keyNewNoteHere')}
      <kbd aria-hidden="true">Enter</kbd>
    </button>
  )
}

function Section({ shape }: { shape: SectionShape }) {
  const { w, h, number, title, prompts, kind, columns } = shape.props
  // Exports (print, PDF, thumbnails) show the sheet as paper: no button on it.
  const exporting = useSvgExportContext() !== null
  const lang = useValue(boardTextLang)
  const focused = useKeyboardFocus(shape.id) && !exporting
  const focusClass = focused ? ' bd-kbd-focus' : ''
  const inStep = useValue('in agenda step', () => agendaStepSections.get().has(shape.props.sectionId), [
    shape.props.sectionId,
  ])
  const stepClass = inStep && !exporting ? ' bd-section--agenda-step' : ''
  // At the top of the notes area, where the note will go (a table row: below its label).
  const newNoteAt: CSSProperties =
    kind === 'tableRow'
      ? { left: 8, bottom: 8 }
      : { left: SECTION_METRICS.padX, top: notesTop(shape.props) + 4 }
  const newNote = focused && takesNotes(kind) && <NewNoteHere shape={shape} style={newNoteAt} />
  const tidy = takesNotes(kind) && !exporting && <TidyButton sectionId={shape.id} title={title} />
  const heading = (
    <div className="bd-section__heading">
      {number && <span className="bd-section__number">{number}</span>}
      <span className="bd-section__title">
        {/* First, so it floats at the title's top right and the title wraps beside it. */}
        {kind !== 'tableRow' && tidy}
        {title}
      </span>
    </div>
  )
  const promptList = prompts.length > 0 && (
    <ul className="bd-section__prompts">
      {prompts.map((prompt) => (
        <li key={prompt}>{prompt}</li>
      ))}
    </ul>
  )
  if (kind === 'tableRow') {
    return (
      <HTMLContainer
        className={`bd-section bd-section--row${focusClass}${stepClass}`}
        lang={lang}
        style={{ width: w, height: h }}
      >
        <div className="bd-section__label" style={{ width: TABLE_LABEL_WIDTH }}>
          {heading}
          {promptList}
          {tidy}
        </div>
        <div
          className="bd-section__cells"
          style={{ gridTemplateColumns: `repeat(${Math.max(1, columns)}, 1fr)` }}
        >
          {Array.from({ length: Math.max(1, columns) }, (_, i) => (
            <div key={i} className="bd-section__cell" />
          ))}
        </div>
        {newNote}
      </HTMLContainer>
    )
  }
  return (
    <HTMLContainer
      className={`bd-section bd-section--${kind}${focusClass}${stepClass}`}
      lang={lang}
      style={{ width: w, height: h }}
    >
      {heading}
      {promptList}
      {takesNotes(kind) && (
        // Where the notes area begins: the line "Rydd" and new notes keep below.
        <div
          className="bd-section__notes-line"
          aria-hidden="true"
          style={{ top: notesTop(shape.props) - SECTION_METRICS.bandGap / 2 - SECTION_METRICS.border }}
        />
      )}
      {kind === 'timeline' && <TimelineAxis />}
      {newNote}
    </HTMLContainer>
  )
}

/** A time axis with evenly spaced ticks along the lane, to place dated notes on. */
function TimelineAxis() {
  return (
    <div className="bd-section__timeline" aria-hidden="true">
      {Array.from({ length: 12 }, (_, i) => (
        <span key={i} className="bd-section__tick" />
      ))}
    </div>
  )
}
