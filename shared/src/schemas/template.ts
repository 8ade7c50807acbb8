import { z } from 'zod'

import { localizedTextSchema, localeSchema } from '../locale.ts'
import { MAX_AGENDA_STEPS, templateAgendaStepSchema } from './agenda.ts'

export const PAPER_SIZES = ['A0', 'A1', 'A2', 'A3', 'A4'] as const
export const paperSizeSchema = z.enum(PAPER_SIZES)
export type PaperSize = z.infer<typeof paperSizeSchema>
/** Office paper a poster can be tiled onto. */
export const tileSizeSchema = z.enum(['A4', 'A3'])

const idSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'ids are lower-case kebab-case')

/** A rectangle on a sheet, in canvas units from the sheet's top-left corner (2 units per mm). */
export const areaSchema = z.object({
  x: z.number().min(0),
  y: z.number().min(0),
  w: z.number().positive(),
  h: z.number().positive(),
})
export type Area = z.infer<typeof areaSchema>

/**
 * How a section is drawn: a free area for notes, one row of a table, a timeline lane,
 * a checklist with tickable items, or a single field to write one thing in.
 */
export const SECTION_KINDS = ['free', 'tableRow', 'timeline', 'checklist', 'field'] as const
export const sectionKindSchema = z.enum(SECTION_KINDS)
export type SectionKind = z.infer<typeof sectionKindSchema>

export const checklistItemSchema = z.object({ id: idSchema, label: localizedTextSchema })
export type ChecklistItem = z.infer<typeof checklistItemSchema>

export const templateSectionSchema = z.object({
  id: idSchema,
  /** Shown before the title ("1", "2", …) where sections are meant to be filled in order. */
  number: z.string().max(4).optional(),
  title: localizedTextSchema,
  prompts: z.array(localizedTextSchema).max(6).default([]),
  kind: sectionKindSchema.default('free'),
  area: areaSchema,
  items: z.array(checklistItemSchema).max(20).default([]),
})
export type TemplateSection = z.infer<typeof templateSectionSchema>

export const templateSheetSchema = z
  .object({
    id: idSchema,
    title: localizedTextSchema,
    paper: paperSizeSchema.default('A1'),
    orientation: z.enum(['landscape', 'portrait']).default('landscape'),
    /** Column headings printed across a table-shaped sheet. */
    columns: z.array(localizedTextSchema).max(8).default([]),
    /** A path arrow drawn behind the sections, for step-by-step sheets. */
    decoration: z.enum(['none', 'path-arrow']).default('none'),
    sections: z.array(templateSectionSchema).max(40).default([]),
  })
  .superRefine((sheet, ctx) => {
    const ids = new Set<string>()
    for (const section of sheet.sections) {
      if (ids.has(section.id))
        ctx.addIssue({ code: 'custom', message: `duplicate section id "${section.id}"` })
      ids.add(section.id)
    }
  })
export type TemplateSheet = z.infer<typeof templateSheetSchema>

/** A board template: a built-in tablecloth or one a facilitator saved. */
export const templateSchema = z
  .object({
    id: idSchema,
    title: localizedTextSchema,
    /** What the tool is, in a sentence or two. */
    description: localizedTextSchema,
    /** The one-line purpose printed in every sheet's header. */
    purpose: localizedTextSchema.optional(),
    /** When a group would pick this tool. */
    whenToUse: localizedTextSchema.optional(),
    sheets: z.array(templateSheetSchema).min(1).max(10),
    /**
     * Scale of the sticky notes made on this template's sheets (tldraw's note is 200 units at
     * scale 1): chosen so each section's notes area holds at least six. Absent: tldraw's 1.
     */
    noteScale: z.number().min(0.2).max(1).optional(),
    /** A suggested agenda, in the tool's own order; each workshop gets its own copy to edit. */
    agenda: z.array(templateAgendaStepSchema).max(MAX_AGENDA_STEPS).optional(),
  })
  .superRefine((template, ctx) => {
    // A step that points at no section would move nobody's view anywhere.
    const sectionIds = new Set(template.sheets.flatMap((sheet) => sheet.sections.map((s) => s.id)))
    const stepIds = new Set<string>()
    for (const [i, step] of (template.agenda ?? []).entries()) {
      if (stepIds.has(step.id)) {
        ctx.addIssue({ code: 'custom', path: ['agenda', i, 'id'], message: `duplicate step id "${step.id}"` })
      }
      stepIds.add(step.id)
      for (const id of step.sectionIds) {
        if (!sectionIds.has(id)) {
          ctx.addIssue({ code: 'custom', path: ['agenda', i, 'sectionIds'], message: `no section "${id}"` })
        }
      }
    }
  })
export type Template = z.infer<typeof templateSchema>
/** A template as written by hand: defaults (kind, items, columns, …) may be left out. */
export type TemplateInput = z.input<typeof templateSchema>

/** One entry of `GET /api/templates`, already in the asked language. */
export const templateSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  whenToUse: z.string(),
  locales: z.array(localeSchema),
  /** Made by a facilitator (stored on this server), not one of the built-in tablecloths. */
  custom: z.boolean(),
  previewUrl: z.string(),
  sheets: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      sections: z.array(z.object({ id: z.string(), title: z.string(), prompts: z.array(z.string()) })),
    }),
  ),
})
export type TemplateSummary = z.infer<typeof templateSummarySchema>
