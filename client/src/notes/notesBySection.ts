import { createShapeId, startEditingShapeWithRichText } from 'tldraw'
import type { Editor, TLNoteShape, TLShapeId, TLShapePartial } from 'tldraw'

import { SECTION_SHAPE, takesNotes } from '@bordduk/shared/shapes'
import type { Rect } from '@bordduk/shared/shapes'

import type { SectionShape } from '../shapes/templateShapeTypes.ts'
import { freeNotePlace } from './freeNotePlace.ts'
import { boardNoteScale, pageNoteAreas, pageNotes } from './notePlaces.ts'

/** tldraw's note is a square of this many canvas units at scale 1 (taller as its text grows). */
const NOTE_BASE_SIZE = 200

/** The sections that take notes, in tldraw's reading order (rows from the top, left to right). */
export function noteSectionsInReadingOrder(editor: Editor): SectionShape[] {
  return editor
    .getCurrentPageShapesInReadingOrder()
    .filter((s): s is SectionShape => s.type === SECTION_SHAPE && takesNotes((s as SectionShape).props.kind))
}

/** The note-taking section a note's centre lies in, if any. */
export function sectionOfNote(editor: Editor, noteId: TLShapeId): SectionShape | undefined {
  const centre = editor.getShapePageBounds(noteId)?.center
  if (!centre) return undefined
  return noteSectionsInReadingOrder(editor).find(
    (s) => centre.x >= s.x && centre.x < s.x + s.props.w && centre.y >= s.y && centre.y < s.y + s.props.h,
  )
}

/** Page rectangles of the notes lying in `area`'s section, leaving out the ones being moved. */
function notesIn(editor: Editor, section: SectionShape, leaveOut: ReadonlySet<TLShapeId>): Rect[] {
  const out: Rect[] = []
  for (const note of pageNotes(editor)) {
    if (leaveOut.has(note.id)) continue
    const b = editor.getShapePageBounds(note)
    if (!b) continue
    const inside =
      b.center.x >= section.x &&
      b.center.x < section.x + section.props.w &&
      b.center.y >= section.y &&
      b.center.y < section.y + section.props.h
    if (inside) out.push({ x: b.x, y: b.y, w: b.w, h: b.h })
  }
  return out
}

/**
 * A new note in a section, at a free place below its prompts, selected and open for typing
 * (the keyboard's "new note here"). Returns its id, or undefined for a section without notes.
 */
export function addNoteInSection(editor: Editor, sectionId: TLShapeId): TLShapeId | undefined {
  const section = editor.getShape(sectionId) as SectionShape | undefined
  const area = section && pageNoteAreas(section)[0]
  if (!section || !area || editor.getIsReadonly()) return undefined
  const scale = boardNoteScale(editor, section) ?? 1
  const place = freeNotePlace(area, NOTE_BASE_SIZE * scale, notesIn(editor, section, new Set()))
  const id = createShapeId()
  editor.markHistoryStoppingPoint('new note in section')
  editor.createShape<TLNoteShape>({ id, type: 'note', x: place.x, y: place.y, props: { scale } })
  editor.select(id)
  startEditingShapeWithRichText(editor, id)
  return id
}

/**
 * Moves notes to free places in another section, one after the other so they do not land on
 * each other. One undo step. Returns how many notes moved.
 */
export function moveNotesToSection(
  editor: Editor,
  noteIds: readonly TLShapeId[],
  sectionId: TLShapeId,
): number {
  const section = editor.getShape(sectionId) as SectionShape | undefined
  const area = section && pageNoteAreas(section)[0]
  if (!section || !area) return 0
  const moving = new Set(noteIds)
  const taken = notesIn(editor, section, moving)
  const updates: TLShapePartial<TLNoteShape>[] = []
  for (const id of noteIds) {
    const note = editor.getShape<TLNoteShape>(id)
    const bounds = note && editor.getShapePageBounds(note)
    if (!note || note.type !== 'note' || note.parentId !== editor.getCurrentPageId() || !bounds) continue
    const place = freeNotePlace(area, Math.max(bounds.w, bounds.h), taken)
    taken.push({ ...place, w: bounds.w, h: bounds.h })
    updates.push({ id, type: 'note', x: note.x + place.x - bounds.x, y: note.y + place.y - bounds.y })
  }
  if (updates.length === 0) return 0
  editor.markHistoryStoppingPoint('move notes to section')
  editor.run(() => editor.updateShapes(updates))
  return updates.length
}
