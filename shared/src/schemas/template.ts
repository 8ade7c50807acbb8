import { z } from 'zod'

import { localizedTextSchema, localeSchema } from '../locale.ts'

export const PAPER_SIZES = ['A0', 'A1', 'A2', 'A3', 'A4'] as const
export const paperSizeSchema = z.enum(PAPER_SIZES)
export type PaperSize = z.infer<typeof paperSizeSchema>

const idSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'ids are lower-case kebab-case')

export const templateSectionSchema = z.object({
  id: idSchema,
  title: localizedTextSchema,
  prompts: z.array(localizedTextSchema).default([]),
})
export type TemplateSection = z.infer<typeof templateSectionSchema>

export const templateSheetSchema = z.object({
  id: idSchema,
  title: localizedTextSchema,
  paper: paperSizeSchema.default('A1'),
  orientation: z.enum(['landscape', 'portrait']).default('landscape'),
  sections: z.array(templateSectionSchema).default([]),
})
export type TemplateSheet = z.infer<typeof templateSheetSchema>

/** A board template: built-in tablecloth or (later) one a facilitator saved. */
export const templateSchema = z.object({
  id: idSchema,
  title: localizedTextSchema,
  description: localizedTextSchema,
  sheets: z.array(templateSheetSchema).min(1),
})
export type Template = z.infer<typeof templateSchema>

/** One entry of `GET /api/templates`, already in the asked language. */
export const templateSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  locales: z.array(localeSchema),
  sheets: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      sections: z.array(z.object({ id: z.string(), title: z.string(), prompts: z.array(z.string()) })),
    }),
  ),
})
export type TemplateSummary = z.infer<typeof templateSummarySchema>
