import type { Editor, TLShapeId } from 'tldraw'

import type { OutlineSection } from './buildOutline.ts'

/** Where focus goes after an action moved or removed the element that had it. */
export type FocusRequest = { note: TLShapeId } | { section: TLShapeId } | null

/** A section a note can be moved to, with its sheet's title for grouping. */
export interface MoveTarget {
  sheet: string
  section: OutlineSection
}

/** What every part of the outline below the title needs. */
export interface OutlineContext {
  editor: Editor
  readOnly: boolean
  targets: readonly MoveTarget[]
  focus: FocusRequest
  onFocusRequest(request: FocusRequest): void
  onFocused(): void
}

/** A note named in announcements and labels: its text on one line, shortened. */
export function shortText(text: string, empty: string): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  if (!flat) return empty
  return flat.length > 60 ? `${flat.slice(0, 57)}…` : flat
}

/** A section's heading text: its number, then its title. */
export function sectionName(section: Pick<OutlineSection, 'number' | 'title'>): string {
  return section.number ? `${section.number} ${section.title}` : section.title
}
