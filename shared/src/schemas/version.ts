import { z } from 'zod'

/** A named snapshot of a board (`GET /api/boards/:id/versions`). */
export const boardVersionSchema = z.object({
  id: z.number().int().positive(),
  name: z.string(),
  createdAt: z.string(),
})
export type BoardVersionInfo = z.infer<typeof boardVersionSchema>

/** Body of `POST /api/boards/:id/versions`. */
export const saveVersionBodySchema = z.object({ name: z.string().trim().min(1).max(80) }).strict()
