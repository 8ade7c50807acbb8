// The template layer's tldraw shapes and schema, apart from the main entry point: they pull
// in tldraw's schema package, which the start page's bundle must not carry.
export {
  CHECK_SHAPE,
  SECTION_SHAPE,
  SHEET_SHAPE,
  TABLE_LABEL_WIDTH,
  checkShapeProps,
  sectionShapeProps,
  sheetShapeProps,
  templateShapeSchemas,
} from './shapes/templateShapes.ts'
export type { CheckShapeProps, SectionShapeProps, SheetShapeProps } from './shapes/templateShapes.ts'
export { createBorddukSchema } from './shapes/borddukSchema.ts'
export { schemaIsNewer } from './shapes/schemaIsNewer.ts'
