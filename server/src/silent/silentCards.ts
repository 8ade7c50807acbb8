import type { SilentCard } from '@bordduk/shared'

import type { StoredRecord } from '../boards/boardDocument.ts'
import type { WriterDrafts } from './draftStore.ts'
import { silentCardId } from './draftWriter.ts'

/** tldraw's note is this many units square at scale 1, taller by `growY`. */
const NOTE_SIZE = 200

/** Blank cards for every held-back note: position and size only, never text or colour. */
export function silentCards(drafts: readonly WriterDrafts[]): SilentCard[] {
  return drafts.flatMap(({ writer, notes }) => notes.map((note) => cardOf(writer, note)))
}

export function cardOf(writer: string, note: StoredRecord): SilentCard {
  const props = note.props as { scale?: number; growY?: number }
  const scale = props.scale ?? 1
  return {
    id: silentCardId(writer, note.id),
    x: Number(note.x),
    y: Number(note.y),
    w: NOTE_SIZE * scale,
    h: (NOTE_SIZE + (props.growY ?? 0)) * scale,
    pageId: String(note.parentId),
  }
}
