import { CheckShapeUtil } from './check/CheckShapeUtil.tsx'
import { FieldShapeUtil } from './field/FieldShapeUtil.tsx'
import { SectionShapeUtil } from './section/SectionShapeUtil.tsx'
import { SheetShapeUtil } from './sheet/SheetShapeUtil.tsx'

/** The template layer's shape utils: register them with the store and with `<Tldraw>`. */
export const templateShapeUtils = [SheetShapeUtil, SectionShapeUtil, CheckShapeUtil, FieldShapeUtil]
