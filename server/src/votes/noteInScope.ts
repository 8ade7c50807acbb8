import type { VoteScope } from '@bordduk/shared'
import { SECTION_SHAPE, homeSection, noteCentre } from '@bordduk/shared/shapes'
import type { SectionShapeProps, WrittenShape } from '@bordduk/shared/shapes'

import type { StoredRecord } from '../boards/boardDocument.ts'

type Section = StoredRecord & { x: number; y: number; props: SectionShapeProps }

/** Where a dot may go: `missing` (no such note), `notNote` (some other shape), `outOfScope`, or `ok`. */
export function noteInScope(
  records: readonly StoredRecord[],
  noteId: string,
  scope: VoteScope,
): 'missing' | 'notNote' | 'outOfScope' | 'ok' {
  const note = records.find((r) => r.id === noteId && r.typeName === 'shape')
  if (!note) return 'missing'
  if (note.type !== 'note') return 'notNote'
  if (scope.kind === 'board') return 'ok'
  const sections = records
    .filter((r) => r.typeName === 'shape' && r.type === SECTION_SHAPE)
    .sort((a, b) => String(a.index).localeCompare(String(b.index))) as Section[]
  // The same rule as the outline and answers.md: the section the note's centre lies in.
  const home = homeSection(sections, noteCentre(note as unknown as WrittenShape))
  return home && scope.sectionIds.includes(home.props.sectionId) ? 'ok' : 'outOfScope'
}
