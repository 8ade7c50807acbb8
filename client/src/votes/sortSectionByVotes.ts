import type { Editor, TLShapeId } from 'tldraw'

import type { VoteCounts } from '@bordduk/shared'

import { tidySection } from '../notes/tidySection.ts'

/**
 * "Sorter etter stemmer": lays the section's notes out on the same grid as "Rydd", most dots
 * first (ties keep reading order). One undo step, like "Rydd". Returns how many notes moved.
 */
export function sortSectionByVotes(editor: Editor, sectionId: TLShapeId, counts: VoteCounts): number {
  // Array.prototype.sort is stable: notes with equal counts stay in reading order.
  return tidySection(editor, sectionId, (notes) =>
    [...notes].sort((a, b) => (counts[b.id] ?? 0) - (counts[a.id] ?? 0)),
  )
}
