import { z } from 'zod'

import { localizedTextSchema } from '../locale.ts'
import { workshopTimerSchema } from './workshop.ts'

/** Most steps an agenda holds: a workshop day, not a programme for a week. */
export const MAX_AGENDA_STEPS = 30
export const MIN_STEP_MINUTES = 1
export const MAX_STEP_MINUTES = 120
export const MAX_STEP_TITLE_LENGTH = 80
/** The instruction is shown on one line of every group's banner. */
export const MAX_STEP_INSTRUCTION_LENGTH = 200
/** A step may point at every section of the largest template (10 sheets × 40 sections would be silly). */
const MAX_STEP_SECTIONS = 40

const sectionIdsSchema = z.array(z.string().min(1).max(64)).min(1).max(MAX_STEP_SECTIONS)
const minutesSchema = z.number().int().min(MIN_STEP_MINUTES).max(MAX_STEP_MINUTES)
const stepIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'ids are lower-case kebab-case')
const oneLine = (text: string) => !/[\r\n]/.test(text)

/** A one-line text in every language it has, each within the banner's length. */
const instructionTextSchema = localizedTextSchema.refine(
  (text) =>
    Object.values(text).every(
      (value) => value === undefined || (value.length <= MAX_STEP_INSTRUCTION_LENGTH && oneLine(value)),
    ),
  { message: `an instruction is one line of at most ${MAX_STEP_INSTRUCTION_LENGTH} characters` },
)

/** One step of a template's suggested agenda: where the groups look, for how long, doing what. */
export const templateAgendaStepSchema = z.object({
  id: stepIdSchema,
  title: localizedTextSchema,
  /** Sections of this template the step is about (a section id may appear on several sheets). */
  sectionIds: sectionIdsSchema,
  minutes: minutesSchema,
  instruction: instructionTextSchema,
})
export type TemplateAgendaStep = z.infer<typeof templateAgendaStepSchema>

/**
 * A step of one workshop's agenda, written in the workshop's language: copied from the
 * template's suggestion when first read, then the facilitator's to change.
 */
export const agendaStepSchema = z
  .object({
    id: stepIdSchema,
    title: z.string().trim().min(1).max(MAX_STEP_TITLE_LENGTH),
    sectionIds: sectionIdsSchema,
    minutes: minutesSchema,
    instruction: z.string().trim().max(MAX_STEP_INSTRUCTION_LENGTH).refine(oneLine, 'one line only'),
  })
  .strict()
export type AgendaStep = z.infer<typeof agendaStepSchema>

/** Body of `PUT /api/workshops/:id/agenda`. Step ids must be unique. */
export const putAgendaBodySchema = z
  .object({ steps: z.array(agendaStepSchema).max(MAX_AGENDA_STEPS) })
  .strict()
  .refine((body) => new Set(body.steps.map((s) => s.id)).size === body.steps.length, {
    message: 'step ids must be unique',
    path: ['steps'],
  })
export type PutAgendaBody = z.infer<typeof putAgendaBodySchema>

/** A section a step can point at, as the facilitator's editor lists them. */
export const agendaSectionSchema = z.object({ id: z.string(), title: z.string(), sheetTitle: z.string() })
export type AgendaSection = z.infer<typeof agendaSectionSchema>

/** `GET /api/workshops/:id/agenda` (and the answer to a PUT or a step). */
export const workshopAgendaSchema = z.object({
  steps: z.array(agendaStepSchema),
  /** The step the groups are on, or null before the first. */
  current: z.number().int().min(0).nullable(),
  /** The sections of the workshop's template, in sheet order. */
  sections: z.array(agendaSectionSchema),
  /** The timer the groups see (a step starts it with the step's minutes). */
  timer: workshopTimerSchema.nullable(),
})
export type WorkshopAgenda = z.infer<typeof workshopAgendaSchema>

/** Body of `POST /api/workshops/:id/agenda/step`: `next` and `back` move by one; `goto` to `index`. */
export const agendaStepActionSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('next') }).strict(),
  z.object({ action: z.literal('back') }).strict(),
  z
    .object({
      action: z.literal('goto'),
      index: z
        .number()
        .int()
        .min(0)
        .max(MAX_AGENDA_STEPS - 1),
    })
    .strict(),
])
export type AgendaStepAction = z.infer<typeof agendaStepActionSchema>

/**
 * `step` in a group board's workshop map: the step every group is on. A new `at` moves every
 * view to the step's sections; the banner shows "step index+1 of count".
 */
export const boardAgendaStepSchema = z.object({
  index: z.number().int().min(0),
  count: z.number().int().min(1),
  title: z.string(),
  instruction: z.string(),
  sectionIds: z.array(z.string()),
  minutes: z.number().int(),
  at: z.number(),
})
export type BoardAgendaStep = z.infer<typeof boardAgendaStepSchema>
