import { z } from 'zod'

import { MAX_TIMER_MS } from './workshop.ts'

/** Notes one writer may hold back at once while writing on their own. */
export const MAX_DRAFT_NOTES = 200
/** Bytes (JSON) one writer's held-back notes may take on the server. */
export const MAX_DRAFT_BYTES = 192 * 1024
/** Meta flag on a note written in silence: the browser keeps it out of the shared doc. */
export const DRAFT_META_FLAG = 'bdDraft'

/** A blank card standing for someone's note written in silence: where it is, never what it says. */
export const silentCardSchema = z.object({
  id: z.string().max(64),
  x: z.number(),
  y: z.number(),
  w: z.number(),
  h: z.number(),
  pageId: z.string().max(200),
})
export type SilentCard = z.infer<typeof silentCardSchema>

/** `silent` in a board's workshop map: on since `startedAt`, revealed by the server at `endsAt`. */
export const silentStateSchema = z.object({
  startedAt: z.number(),
  endsAt: z.number().nullable(),
  cards: z.array(silentCardSchema),
})
export type SilentState = z.infer<typeof silentStateSchema>

/**
 * Body of `POST /api/workshops/:id/silent` (all groups, or `boardId`) and
 * `POST /api/boards/:id/silent`: start silent writing (optionally for a set time) or reveal.
 */
export const silentActionBodySchema = z.discriminatedUnion('action', [
  z
    .object({
      action: z.literal('start'),
      durationMs: z.number().int().min(1000).max(MAX_TIMER_MS).optional(),
      boardId: z.string().max(64).optional(),
    })
    .strict(),
  z.object({ action: z.literal('reveal'), boardId: z.string().max(64).optional() }).strict(),
])
export type SilentActionBody = z.infer<typeof silentActionBodySchema>

/** A tab's session secret, as the sync socket takes it. */
export const sessionSecretSchema = z.string().regex(/^[A-Za-z0-9_-]{16,64}$/)

/**
 * Body of `PUT /api/boards/:id/drafts`: every note this tab holds back, replacing what it sent
 * before. `previousSession` is the tab session that sent them last (a reload, another tab of
 * the same browser): its held-back notes pass to this session.
 */
export const draftsBodySchema = z
  .object({
    session: sessionSecretSchema,
    previousSession: sessionSecretSchema.optional(),
    // Shape only; the server checks each record with tldraw's validators, and the count (with
    // its own error code) against MAX_DRAFT_NOTES; the body's byte limit bounds this array.
    notes: z.array(z.record(z.string(), z.unknown())).max(MAX_DRAFT_NOTES * 5),
  })
  .strict()
export type DraftsBody = z.infer<typeof draftsBodySchema>

/** Answer to a drafts PUT: the placeholder ids that are this writer's own (not shown as blank). */
export const draftsAnswerSchema = z.object({ ownCards: z.array(z.string()) })
export type DraftsAnswer = z.infer<typeof draftsAnswerSchema>
