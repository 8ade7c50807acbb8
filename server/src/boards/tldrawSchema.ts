import { createBorddukSchema } from '@bordduk/shared/shapes'

/** The tldraw schema new boards are written with (tldraw's shapes plus our template layer). */
export const tldrawSchema = createBorddukSchema().serialize()
