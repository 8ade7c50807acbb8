import { HTMLContainer, useSvgExportContext, useValue } from 'tldraw'

import {
  SECTION_SHAPE,
  SECTION_METRICS,
  TABLE_LABEL_WIDTH,
  notesTop,
  sectionShapeProps,
  takesNotes,
} from '@bordduk/shared/shapes'

import { boardTextLang } from '../boardTextLang.ts'
import { TemplateShapeUtil } from '../TemplateShapeUtil.ts'
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

  component(shape: SectionShape) {
    return <Section shape={shape} />
  }
}

function Section({ shape }: { shape: SectionShape }) {
  const { w, h, number, title, prompts, kind, columns } = shape.props
  // Exports (print, PDF, thumbnails) show the sheet as paper: no button on it.
  const exporting = useSvgExportContext() !== null
  const lang = useValue(boardTextLang)
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
      <HTMLContainer className="bd-section bd-section--row" lang={lang} style={{ width: w, height: h }}>
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
      </HTMLContainer>
    )
  }
  return (
    <HTMLContainer className={`bd-section bd-section--${kind}`} lang={lang} style={{ width: w, height: h }}>
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
