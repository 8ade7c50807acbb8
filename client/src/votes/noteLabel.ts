import type { TLNoteShape } from 'tldraw'

import { richTextToPlain } from '@bordduk/shared'

/** Longest note text a button's name or an announcement repeats. */
const MAX_LABEL_CHARS = 60

/** A note's text, short enough to name it in a button ("Gi prikk til «…»"); '' when empty. */
export function noteLabel(note: TLNoteShape): string {
  const text = richTextToPlain(note.props.richText).replace(/\s+/g, ' ').trim()
  return text.length > MAX_LABEL_CHARS ? `${text.slice(0, MAX_LABEL_CHARS - 1)}…` : text
}
