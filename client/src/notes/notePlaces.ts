import type { Editor, TLNoteShape, TLShape, VecLike } from 'tldraw'

import {
  SECTION_SHAPE,
  SHEET_SHAPE,
  noteAreaIndexAt,
  sectionNoteAreas,
  takesNotes,
} from '@bordduk/shared/shapes'
import type { Rect } from '@bordduk/shared/shapes'

import type { SectionShape, SheetShape } from '../shapes/templateShapeTypes.ts'

/**
 * The scale notes are made at on this board: the template's, carried on its sheets (the
 * sheet under `point` first). Undefined on a blank board or one made before notes had a scale.
 */
export function boardNoteScale(editor: Editor, point?: VecLike): number | undefined {
  const sheets = editor
    .getCurrentPageShapes()
    .filter((s): s is SheetShape => s.type === SHEET_SHAPE)
    .sort((a, b) => a.x - b.x)
  const under = point && sheets.find((s) => contains(s, s.props, point))
  return (under ?? sheets[0])?.props.noteScale
}

/** The note-taking section whose rectangle holds `point`, if any. */
export function sectionAt(editor: Editor, point: VecLike): SectionShape | undefined {
  return editor
    .getCurrentPageShapes()
    .find(
      (s): s is SectionShape =>
        s.type === SECTION_SHAPE &&
        takesNotes((s as SectionShape).props.kind) &&
        contains(s, (s as SectionShape).props, point),
    )
}

/** A section's notes areas on the page (one per table column, one otherwise). */
export function pageNoteAreas(section: SectionShape): Rect[] {
  return sectionNoteAreas(section.props).map((a) => ({ ...a, x: a.x + section.x, y: a.y + section.y }))
}

/** The notes area of `section` that a note centred at `centre` belongs in. */
export function noteAreaFor(section: SectionShape, centre: VecLike): Rect | undefined {
  const areas = pageNoteAreas(section)
  return areas[noteAreaIndexAt(areas, centre.x)]
}

/** The sticky notes lying directly on the page (not in a frame or group). */
export function pageNotes(editor: Editor): TLNoteShape[] {
  const page = editor.getCurrentPageId()
  return editor
    .getCurrentPageShapes()
    .filter((s): s is TLNoteShape => s.type === 'note' && s.parentId === page)
}

function contains(shape: TLShape, size: { w: number; h: number }, p: VecLike): boolean {
  return p.x >= shape.x && p.x < shape.x + size.w && p.y >= shape.y && p.y < shape.y + size.h
}
