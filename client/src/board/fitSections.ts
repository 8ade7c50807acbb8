import { Box } from 'tldraw'
import type { Editor, TLShape } from 'tldraw'

import { SECTION_SHAPE } from '@bordduk/shared/shapes'

import { FIT_INSET } from './fitFirstSheet.ts'

/** The printed sections with these ids (an id may be on several sheets: all of them). */
export function sectionShapes(editor: Editor, sectionIds: readonly string[]): TLShape[] {
  const wanted = new Set(sectionIds)
  return editor
    .getCurrentPageShapes()
    .filter(
      (shape) =>
        shape.type === SECTION_SHAPE && wanted.has((shape.props as { sectionId?: string }).sectionId ?? ''),
    )
}

/**
 * Moves the camera so these sections fill the view, as the board opens on its first sheet.
 * Animated unless the person asked for reduced motion (tldraw's animation speed follows it).
 * Answers false when the board has none of them (its printed layer was changed).
 */
export function fitSections(editor: Editor, sectionIds: readonly string[]): boolean {
  const bounds = sectionShapes(editor, sectionIds).flatMap((shape) => editor.getShapePageBounds(shape) ?? [])
  if (bounds.length === 0) return false
  editor.zoomToBounds(Box.Common(bounds), { inset: FIT_INSET, animation: { duration: 320 } })
  return true
}
