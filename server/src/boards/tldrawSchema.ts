import { createTLSchema } from '@tldraw/tlschema'

/** The tldraw schema new boards are written with; clients migrate from it on first sync. */
export const tldrawSchema = createTLSchema().serialize()
