import { LOCALES } from '@bordduk/shared'
import type { Locale, Template, TemplateSummary } from '@bordduk/shared'

/** A template as the catalogue API shows it, every text in one language (the server adds the preview URL). */
export function summarize(
  template: Template,
  locale: Locale,
): Omit<TemplateSummary, 'previewUrl' | 'custom'> {
  return {
    id: template.id,
    title: template.title[locale],
    description: template.description[locale],
    whenToUse: template.whenToUse?.[locale] ?? '',
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
