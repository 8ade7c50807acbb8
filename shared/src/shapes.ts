// The template layer's tldraw shapes and schema, apart from the main entry point: they pull
// in tldraw's schema package, which the start page's bundle must not carry.
export {
  CHECK_SHAPE,
  FIELD_SHAPE,
  FIELD_TEXT_MAX_CHARS,
  SECTION_SHAPE,
  SHEET_SHAPE,
  TABLE_LABEL_WIDTH,
  checkShapeProps,
  fieldShapeProps,
  sectionShapeProps,
  sheetShapeProps,
  templateShapeSchemas,
  toFieldText,
} from './shapes/templateShapes.ts'
export type {
  CheckShapeProps,
  FieldShapeProps,
  SectionShapeProps,
  SheetShapeProps,
} from './shapes/templateShapes.ts'
export { HEADER_FIELD_IDS, headerFieldAreas, headerFieldsWidth } from './shapes/headerFields.ts'
export { createBorddukSchema } from './shapes/borddukSchema.ts'
export { schemaIsNewer } from './shapes/schemaIsNewer.ts'
// Where sticky notes go on the template layer, and how "Rydd" lays them out.
export {
  MIN_READABLE_NOTE_SCALE,
  MIN_TIDY_NOTE_SCALE,
  NOTE_SIZE,
  POST_IT_NOTE_SCALE,
  gridCapacity,
  gridGap,
  layoutNoteGrid,
  readingOrder,
} from './notes/noteGrid.ts'
export type { GridNote, GridPlacement, NoteGrid } from './notes/noteGrid.ts'
export {
  SECTION_METRICS,
  noteAreaIndexAt,
  notesTop,
  sectionNoteAreas,
  takesNotes,
} from './notes/sectionNoteAreas.ts'
export type { Rect } from './notes/sectionNoteAreas.ts'
export { fitNoteInto } from './notes/fitNoteInto.ts'
export { freeNoteSpot } from './notes/freeNoteSpot.ts'
export { homeSection, noteCentre } from './notes/noteHome.ts'
export type { WrittenShape } from './notes/noteHome.ts'
