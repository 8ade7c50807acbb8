import { z } from 'zod'

import { DEFAULT_LOCALE, localeSchema } from '../locale.ts'
import { MAX_BOARD_TITLE_LENGTH } from './board.ts'

export const MAX_WORKSHOP_GROUPS = 30

/** Body of `POST /api/workshops`. */
export const createWorkshopBodySchema = z
  .object({
    templateId: z.string().min(1).max(64),
    groups: z.number().int().min(1).max(MAX_WORKSHOP_GROUPS),
    title: z.string().trim().min(1).max(MAX_BOARD_TITLE_LENGTH).optional(),
    locale: localeSchema.default(DEFAULT_LOCALE),
  })
  .strict()
export type CreateWorkshopBody = z.infer<typeof createWorkshopBodySchema>

export const workshopGroupSchema = z.object({
  name: z.string(),
  boardId: z.string(),
  editUrl: z.string(),
  viewUrl: z.string(),
  /** People connected to the group's board right now (on this server). */
  participants: z.number().int().min(0),
})
export type WorkshopGroup = z.infer<typeof workshopGroupSchema>

/** A workshop as its facilitator sees it (`GET /api/workshops/:id?key=`, and 201 on create). */
export const workshopSchema = z.object({
  id: z.string(),
  title: z.string(),
  templateId: z.string(),
  locale: localeSchema,
  facilitatorKey: z.string(),
  dashboardUrl: z.string(),
  groups: z.array(workshopGroupSchema),
})
export type Workshop = z.infer<typeof workshopSchema>
