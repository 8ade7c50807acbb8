import { z } from 'zod'

import { localeSchema } from '../locale.ts'
import { templateSchema } from './template.ts'
import { boardIdSchema } from './board.ts'

/** Largest custom template we store, as JSON. */
export const MAX_TEMPLATE_BYTES = 256 * 1024

/** Body of `POST /api/templates?key=`: save a board's printed layer as a template. */
export const saveTemplateBodySchema = z
  .object({
    boardId: boardIdSchema,
    title: z.string().trim().min(1).max(80),
    description: z.string().trim().max(400).default(''),
    locale: localeSchema,
  })
  .strict()
export type SaveTemplateBody = z.infer<typeof saveTemplateBodySchema>

/** Answer of `POST /api/templates`. */
export const savedTemplateSchema = z.object({ id: z.string(), title: z.string() })
export type SavedTemplate = z.infer<typeof savedTemplateSchema>

/** One entry of `GET /api/templates/mine?key=`: a template this key saved, whole, to edit. */
export const ownedTemplateSchema = z.object({ template: templateSchema, updatedAt: z.string() })
export type OwnedTemplate = z.infer<typeof ownedTemplateSchema>
