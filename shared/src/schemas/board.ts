import { z } from 'zod'

import { DEFAULT_LOCALE, localeSchema } from '../locale.ts'

export const MAX_BOARD_TITLE_LENGTH = 120

/** Board ids are random and URL-safe; anything else is rejected before touching storage. */
export const boardIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{16,64}$/, 'board id must be 16–64 URL-safe characters')
export type BoardId = z.infer<typeof boardIdSchema>

export const boardKeySchema = z.string().regex(/^[A-Za-z0-9_-]{16,128}$/, 'malformed key')

/** Body of `POST /api/boards`. */
export const createBoardBodySchema = z
  .object({
    templateId: z.string().min(1).max(64).default('blank'),
    title: z.string().trim().min(1).max(MAX_BOARD_TITLE_LENGTH).optional(),
    locale: localeSchema.default(DEFAULT_LOCALE),
  })
  .strict()
export type CreateBoardBody = z.infer<typeof createBoardBodySchema>

/** A facilitator may also change the template layer; a viewer may only look. */
export const boardRoleSchema = z.enum(['facilitator', 'edit', 'view'])
export type BoardRole = z.infer<typeof boardRoleSchema>

/** What `GET /api/boards/:id` answers. */
export const boardMetaSchema = z.object({
  id: boardIdSchema,
  title: z.string(),
  templateId: z.string(),
  locale: localeSchema,
  createdAt: z.string(),
  role: boardRoleSchema,
  /** A workshop's group board: its language is the facilitator's to change, not the group's. */
  inWorkshop: z.boolean(),
  /**
   * The languages the board's printed layer can be switched to (those its template has texts
   * for). A copy of the meta kept offline from before there were four languages has none.
   */
  locales: z.array(localeSchema).default(['nb', 'en']),
})
export type BoardMeta = z.infer<typeof boardMetaSchema>

/** What `POST /api/boards` answers (201). */
export const createdBoardSchema = z.object({
  id: boardIdSchema,
  title: z.string(),
  templateId: z.string(),
  locale: localeSchema,
  editKey: z.string(),
  viewKey: z.string(),
  editUrl: z.string(),
  viewUrl: z.string(),
})
export type CreatedBoard = z.infer<typeof createdBoardSchema>

/** Body of `PUT /api/boards/:id/locale`: the language of the board's printed layer. */
export const setBoardLocaleBodySchema = z.object({ locale: localeSchema }).strict()
export type SetBoardLocaleBody = z.infer<typeof setBoardLocaleBodySchema>
