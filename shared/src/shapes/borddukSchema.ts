import { createTLSchema, defaultShapeSchemas } from '@tldraw/tlschema'

import { templateShapeSchemas } from './templateShapes.ts'

/** The tldraw schema of a Bordduk board: tldraw's shapes plus our template layer. */
export function createBorddukSchema() {
  return createTLSchema({ shapes: { ...defaultShapeSchemas, ...templateShapeSchemas } })
}
