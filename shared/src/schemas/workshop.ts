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

/** At most this many names are listed per board on the dashboard, each at most this long. */
export const MAX_PRESENT_NAMES = 50
export const MAX_PRESENT_NAME_LENGTH = 40

export const workshopGroupSchema = z.object({
  name: z.string(),
  boardId: z.string(),
  editUrl: z.string(),
  viewUrl: z.string(),
  /** The board with the facilitator's powers, by a key for this board only (never the dashboard key). */
  facilitatorUrl: z.string(),
  /** People connected to the group's board right now (on this server; not the projector view). */
  participants: z.number().int().min(0),
  /** The names the people on the board go by now (their presence), sorted; trimmed and capped. */
  names: z.array(z.string().max(MAX_PRESENT_NAME_LENGTH)).max(MAX_PRESENT_NAMES).default([]),
  /** The facilitator froze the board: participants see it but cannot write. */
  frozen: z.boolean().optional(),
  /** Silent writing is on: how many notes written in silence wait for the reveal (absent when off). */
  silentNotes: z.number().int().min(0).optional(),
})
export type WorkshopGroup = z.infer<typeof workshopGroupSchema>

/** The facilitator's timer as the boards hold it: running since `startedAt`, or paused with `remainingMs`. */
export const workshopTimerSchema = z.object({
  durationMs: z.number().int().min(0),
  startedAt: z.number().nullable(),
  remainingMs: z.number().int().min(0),
})
export type WorkshopTimer = z.infer<typeof workshopTimerSchema>

/** A message from the facilitator to every group, shown on each board. */
export const workshopMessageSchema = z.object({ text: z.string().trim().max(280), sentAt: z.number() })
export type WorkshopMessage = z.infer<typeof workshopMessageSchema>

/** How many sent messages the dashboard lists. */
export const MAX_LISTED_WORKSHOP_MESSAGES = 20

/** A workshop as its facilitator sees it (`GET /api/workshops/:id?key=`, and 201 on create). */
export const workshopSchema = z.object({
  id: z.string(),
  title: z.string(),
  templateId: z.string(),
  locale: localeSchema,
  facilitatorKey: z.string(),
  dashboardUrl: z.string(),
  groups: z.array(workshopGroupSchema),
  /** The timer the groups see, or null before the first start (and after the end). */
  timer: workshopTimerSchema.nullable(),
  /** The messages sent to all groups, newest first (at most `MAX_LISTED_WORKSHOP_MESSAGES`). */
  messages: z.array(workshopMessageSchema),
  /** The server's clock when it answered, so a countdown does not depend on the browser's clock. */
  serverNow: z.number(),
})
export type Workshop = z.infer<typeof workshopSchema>

export const MAX_TIMER_MS = 4 * 60 * 60 * 1000

/** Body of `POST /api/workshops/:id/timer`. */
export const timerActionBodySchema = z.discriminatedUnion('action', [
  z
    .object({
      action: z.literal('start'),
      durationMs: z.number().int().min(1000).max(MAX_TIMER_MS).optional(),
    })
    .strict(),
  z.object({ action: z.literal('pause') }).strict(),
  z
    .object({
      action: z.literal('reset'),
      durationMs: z.number().int().min(1000).max(MAX_TIMER_MS).optional(),
    })
    .strict(),
])
export type TimerActionBody = z.infer<typeof timerActionBodySchema>

/** Body of `POST /api/workshops/:id/freeze`: one group's board (`boardId`) or all of them. */
export const freezeBodySchema = z
  .object({ frozen: z.boolean(), boardId: z.string().max(64).optional() })
  .strict()
export type FreezeBody = z.infer<typeof freezeBodySchema>

/** Body of `POST /api/workshops/:id/message` (empty text clears the message). */
export const sendMessageBodySchema = z.object({ text: z.string().trim().max(280) }).strict()

/**
 * `follow` in a group board's workshop map: the facilitator asks everyone to follow them.
 * The only workshop-map value a browser (the facilitator's) writes itself.
 */
export const gatherRequestSchema = z
  .object({ userId: z.string().min(1).max(200), at: z.number().int().nonnegative() })
  .strict()
export type GatherRequest = z.infer<typeof gatherRequestSchema>
