import { createShapeId, toRichText } from 'tldraw'
import type { Box, Editor, TLNoteShape, TLShapeId } from 'tldraw'

import { NOTE_SIZE, fitNoteInto, freeNoteSpot } from '@bordduk/shared/shapes'
import type { Rect } from '@bordduk/shared/shapes'

import { boardNoteScale, noteAreaFor, pageNoteAreas } from '../notes/notePlaces.ts'
import type { SectionShape } from '../shapes/templateShapeTypes.ts'

/*
 * What the outline does to the board, through tldraw's editor (the canvas's, or the outline
 * page's editor without a canvas): tldraw builds and checks the note records, measures their
 * text and stamps the author, exactly as when someone writes on the canvas.
 */

/** Bounds of every note on the page except `except`: the places a new note must not cover. */
function takenPlaces(editor: Editor, except?: TLShapeId): Rect[] {
  return editor
    .getCurrentPageShapes()
    .filter((s) => s.type === 'note' && s.id !== except)
    .flatMap((s) => {
      const b = editor.getShapePageBounds(s)
      return b ? [{ x: b.x, y: b.y, w: b.w, h: b.h }] : []
    })
}

/** A free place in the section's notes area (the first column with room, in a table row). */
function placeIn(editor: Editor, section: SectionShape, size: { w: number; h: number }, except?: TLShapeId) {
  const taken = takenPlaces(editor, except)
  const areas = pageNoteAreas(section)
  const spots = areas.map((area) => freeNoteSpot(area, size, taken))
  return spots.find((s) => s.free) ?? spots[0]
}

/** Moves a note, as little as needed, to lie wholly in its section's notes area (text may have grown it). */
function keepInside(editor: Editor, id: TLShapeId, section: SectionShape): void {
  const note = editor.getShape<TLNoteShape>(id)
  const bounds: Box | undefined = note && editor.getShapePageBounds(note)
  const area = bounds && noteAreaFor(section, bounds.center)
  if (!note || !bounds || !area) return
  const target = fitNoteInto(area, bounds)
  if (target.x !== bounds.x || target.y !== bounds.y)
    editor.updateShape({ id, type: 'note', x: note.x + target.x - bounds.x, y: note.y + target.y - bounds.y })
}

function sectionShape(editor: Editor, id: TLShapeId): SectionShape | undefined {
  const shape = editor.getShape(id)
  return shape?.type === 'bd-section' ? (shape as SectionShape) : undefined
}

/** Adds a note with `text` in a free place of the section, at the board's note scale. */
export function addNoteToSection(editor: Editor, sectionId: TLShapeId, text: string): TLShapeId | undefined {
  const section = sectionShape(editor, sectionId)
  if (!section) return undefined
  const scale = boardNoteScale(editor, section) ?? 1
  const size = NOTE_SIZE * scale
  const spot = placeIn(editor, section, { w: size, h: size })
  if (!spot) return undefined
  const id = createShapeId()
  editor.markHistoryStoppingPoint('outline: add note')
  editor.run(() => {
    // As on the canvas: made empty, then written, so tldraw records who wrote it and grows it to
    // its text. The colour is the one this person would get there (tldraw's next-shape style).
    editor.createShape<TLNoteShape>({ id, type: 'note', x: spot.x, y: spot.y, props: { scale } })
    editor.updateShape<TLNoteShape>({ id, type: 'note', props: { richText: toRichText(text) } })
    keepInside(editor, id, section)
  })
  return id
}

/** Replaces a note's text (tldraw grows the note and records who wrote it). */
export function editNoteText(editor: Editor, id: TLShapeId, text: string, sectionId?: TLShapeId): void {
  if (!editor.getShape(id)) return
  editor.markHistoryStoppingPoint('outline: edit note')
  editor.run(() => {
    editor.updateShape<TLNoteShape>({ id, type: 'note', props: { richText: toRichText(text) } })
    const section = sectionId && sectionShape(editor, sectionId)
    if (section) keepInside(editor, id, section)
  })
}

/** Moves a note to a free place in another section. */
export function moveNoteToSection(editor: Editor, id: TLShapeId, sectionId: TLShapeId): boolean {
  const note = editor.getShape<TLNoteShape>(id)
  const section = sectionShape(editor, sectionId)
  const bounds = note && editor.getShapePageBounds(note)
  if (!note || !section || !bounds) return false
  const spot = placeIn(editor, section, { w: bounds.w, h: bounds.h }, id)
  if (!spot) return false
  editor.markHistoryStoppingPoint('outline: move note')
  editor.run(() => {
    editor.updateShape({ id, type: 'note', x: note.x + spot.x - bounds.x, y: note.y + spot.y - bounds.y })
    keepInside(editor, id, section)
  })
  return true
}

export function deleteNote(editor: Editor, id: TLShapeId): void {
  editor.markHistoryStoppingPoint('outline: delete note')
  editor.deleteShape(id)
}
