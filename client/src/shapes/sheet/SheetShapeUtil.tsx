import { HTMLContainer } from 'tldraw'

import { SHEET_SHAPE, TABLE_LABEL_WIDTH, headerFieldsWidth, sheetShapeProps } from '@bordduk/shared/shapes'

import { boardTextLang } from '../boardTextLang.ts'
import { TemplateShapeUtil } from '../TemplateShapeUtil.ts'
import type { SheetShape } from '../templateShapeTypes.ts'
import '../templateShapes.css'

/** Where the content under the header starts and the table headings band sits (sheet units). */
const CONTENT_TOP = 180
const TABLE_HEADING_H = 82
const MARGIN = 28

/** A printed sheet of the tablecloth: border, header band, fields to fill in, table headings. */
export class SheetShapeUtil extends TemplateShapeUtil<SheetShape> {
  static override type = SHEET_SHAPE
  static override props = sheetShapeProps

  getDefaultProps(): SheetShape['props'] {
    return {
      w: 1682,
      h: 1188,
      sheetId: 'sheet',
      toolTitle: '',
      sheetTitle: '',
      purpose: '',
      fieldLabels: [],
      columns: [],
      decoration: 'none',
    }
  }

  // The paper under the sections: keyboard navigation goes to what is on it instead.
  override canTabTo = () => false

  component(shape: SheetShape) {
    const { w, h, toolTitle, sheetTitle, purpose, fieldLabels, columns, decoration } = shape.props
    return (
      <HTMLContainer className="bd-sheet" lang={boardTextLang.get()} style={{ width: w, height: h }}>
        <header className="bd-sheet__header">
          <div className="bd-sheet__titles">
            <div className="bd-sheet__tool">
              {toolTitle}
              {sheetTitle && <span className="bd-sheet__sheet-title"> – {sheetTitle}</span>}
            </div>
            {purpose && <div className="bd-sheet__purpose">{purpose}</div>}
          </div>
          {/* Boards made before fields were shapes print their labels here; newer ones keep the
              room empty for the field shapes that lie over it. */}
          <div
            className="bd-sheet__fields"
            style={fieldLabels.length > 0 ? undefined : { width: headerFieldsWidth(w) }}
          >
            {fieldLabels.map((label) => (
              <div key={label} className="bd-sheet__field">
                {label}
              </div>
            ))}
          </div>
        </header>
        {columns.length > 0 && (
          <div
            className="bd-sheet__columns"
            style={{
              top: CONTENT_TOP,
              left: MARGIN + TABLE_LABEL_WIDTH,
              right: MARGIN,
              height: TABLE_HEADING_H,
              gridTemplateColumns: `repeat(${columns.length}, 1fr)`,
            }}
          >
            {columns.map((column) => (
              <div key={column} className="bd-sheet__column">
                {column}
              </div>
            ))}
          </div>
        )}
        {decoration === 'path-arrow' && <PathArrow w={w} h={h} />}
      </HTMLContainer>
    )
  }
}

/** A broad arrow through the gap between two rows of steps: the way to read the sheet. */
function PathArrow({ w, h }: { w: number; h: number }) {
  const y = (CONTENT_TOP + h - MARGIN) / 2
  return (
    <svg className="bd-sheet__arrow" width={w} height={h} aria-hidden="true">
      <path d={`M ${MARGIN + 10} ${y} H ${w - MARGIN - 60}`} stroke="#9fb4d3" strokeWidth={14} fill="none" />
      <path
        d={`M ${w - MARGIN - 70} ${y - 30} L ${w - MARGIN - 10} ${y} L ${w - MARGIN - 70} ${y + 30} Z`}
        fill="#9fb4d3"
      />
    </svg>
  )
}
