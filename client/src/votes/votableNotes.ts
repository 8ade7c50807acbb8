import type { Editor, TLNoteShape, TLShape } from 'tldraw'

import type { VoteScope } from '@bordduk/shared'
import { SECTION_SHAPE, homeSection, noteCentre } from '@bordduk/shared/shapes'

import type { SectionShape } from '../shapes/templateShapeTypes.ts'

const byIndex = (a: TLShape, b: TLShape) => String(a.index).localeCompare(String(b.index))

/**
 * The notes a dot may go on: every sticky note, or those whose home section (the shared rule
 * the server checks with) is one of the chosen ones.
 */
export function votableNotes(editor: Editor, scope: VoteScope): TLNoteShape[] {
  const shapes = editor.getCurrentPageShapes()
  const notes = shapes.filter((s): s is TLNoteShape => s.type === 'note')
  if (scope.kind === 'board') return notes
  const sections = shapes.filter((s): s is SectionShape => s.type === SECTION_SHAPE).sort(byIndex)
  const chosen = new Set(scope.sectionIds)
  return notes.filter((note) => {
    const home = homeSection(sections, noteCentre(note))
    return home !== undefined && chosen.has(home.props.sectionId)
  })
}
