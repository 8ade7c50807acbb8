import { LOCALES } from '@bordduk/shared'
import type { Locale, Template, TemplateSummary } from '@bordduk/shared'

/** A template as the catalogue API shows it: every text in one language. */
export function summarize(template: Template, locale: Locale): TemplateSummary {
  return {
    id: template.id,
    title: template.title[locale],
    description: template.description[locale],
    locales: [...LOCALES],
    sheets: template.sheets.map((sheet) => ({
      id: sheet.id,
      title: sheet.title[locale],
      sections: sheet.sections.map((section) => ({
        id: section.id,
        title: section.title[locale],
        prompts: section.prompts.map((prompt) => prompt[locale]),
      })),
    })),
  }
}
