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
