import { z } from 'zod'

/** Most dots a facilitator may hand each participant in one vote. */
export const MAX_DOTS_PER_PERSON = 10
/** Longest time limit a vote may have. */
export const MAX_VOTE_DURATION_MS = 4 * 60 * 60 * 1000
/** Most sections a vote may be limited to (templates have far fewer). */
const MAX_SCOPE_SECTIONS = 64

const sectionIdSchema = z.string().min(1).max(100)

/** Where dots may go: every note on the board, or notes lying in the chosen sections. */
export const voteScopeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('board') }).strict(),
  z
    .object({
      kind: z.literal('sections'),
      sectionIds: z.array(sectionIdSchema).min(1).max(MAX_SCOPE_SECTIONS),
    })
    .strict(),
])
export type VoteScope = z.infer<typeof voteScopeSchema>

/** `live`: counts reach the boards with every dot; `hidden`: only at the reveal. */
export const voteVisibilitySchema = z.enum(['live', 'hidden'])
export type VoteVisibility = z.infer<typeof voteVisibilitySchema>

export const votePhaseSchema = z.enum(['open', 'closed', 'revealed'])
export type VotePhase = z.infer<typeof votePhaseSchema>

/** The vote as every browser on the board sees it (`vote` in the workshop map; server-written). */
export const voteSchema = z.object({
  id: z.string().min(1).max(64),
  dotsPerPerson: z.number().int().min(1).max(MAX_DOTS_PER_PERSON),
  scope: voteScopeSchema,
  visibility: voteVisibilitySchema,
  startedAt: z.number(),
  /** When dots stop counting, or null without a time limit. */
  endsAt: z.number().nullable(),
  phase: votePhaseSchema,
})
export type Vote = z.infer<typeof voteSchema>

/** Dots per note (`voteCounts` in the workshop map): written with each dot while live, at the reveal when hidden. */
export const voteCountsSchema = z.record(z.string(), z.number().int().min(0))
export type VoteCounts = z.infer<typeof voteCountsSchema>

/** What the facilitator asks for, for one board or (from the dashboard) one group or all. */
export const voteActionBodySchema = z.discriminatedUnion('action', [
  z
    .object({
      action: z.literal('start'),
      dotsPerPerson: z.number().int().min(1).max(MAX_DOTS_PER_PERSON),
      scope: voteScopeSchema,
      visibility: voteVisibilitySchema,
      durationMs: z.number().int().min(10_000).max(MAX_VOTE_DURATION_MS).optional(),
      boardId: z.string().min(1).max(64).optional(),
    })
    .strict(),
  z.object({ action: z.enum(['end', 'reveal']), boardId: z.string().min(1).max(64).optional() }).strict(),
])
export type VoteActionBody = z.infer<typeof voteActionBodySchema>

/** A tab's session secret, as its sockets send it. */
export const voteSessionSchema = z.string().regex(/^[A-Za-z0-9_-]{16,64}$/)

/** Body of `POST /api/boards/:id/votes`: put a dot on a note or take one back. */
export const castDotBodySchema = z
  .object({
    session: voteSessionSchema,
    noteId: z.string().min(1).max(100),
    op: z.enum(['add', 'remove']),
  })
  .strict()
export type CastDotBody = z.infer<typeof castDotBodySchema>

/** The voter's own dots (one entry per dot, so a note may appear more than once). */
export const myDotsSchema = z.object({
  voteId: z.string().nullable(),
  myDots: z.array(z.string()),
  dotsLeft: z.number().int().min(0),
})
export type MyDots = z.infer<typeof myDotsSchema>

/** One group's progress as the dashboard shows it: names and how many dots each used, no notes. */
export const voteProgressSchema = z.object({
  boardId: z.string(),
  vote: voteSchema.nullable(),
  /** Participants on the board now or who voted, each with the dots they used. */
  people: z.array(z.object({ name: z.string(), used: z.number().int().min(0) })),
})
export type VoteProgress = z.infer<typeof voteProgressSchema>

export const workshopVoteProgressSchema = z.object({ groups: z.array(voteProgressSchema) })
export type WorkshopVoteProgress = z.infer<typeof workshopVoteProgressSchema>
