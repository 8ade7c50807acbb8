import type {
  CheckShapeProps,
  FieldShapeProps,
  SectionShapeProps,
  SheetShapeProps,
} from '@bordduk/shared/shapes'
import type { TLShape } from 'tldraw'

declare module 'tldraw' {
  export interface TLGlobalShapePropsMap {
    'bd-sheet': SheetShapeProps
    'bd-section': SectionShapeProps
    'bd-check': CheckShapeProps
    'bd-field': FieldShapeProps
  }
}

export type SheetShape = TLShape<'bd-sheet'>
export type SectionShape = TLShape<'bd-section'>
export type CheckShape = TLShape<'bd-check'>
export type FieldShape = TLShape<'bd-field'>
