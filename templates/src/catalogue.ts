import { templateSchema } from '@bordduk/shared'
import type { Template } from '@bordduk/shared'

import { blankTemplate } from './blank.ts'

/** Every built-in template, validated once when the module loads so a typo fails fast. */
export const builtInTemplates: readonly Template[] = [blankTemplate].map((template) =>
  templateSchema.parse(template),
)

/** The built-in template with this id, or undefined. */
export function findBuiltInTemplate(id: string): Template | undefined {
  return builtInTemplates.find((template) => template.id === id)
}
