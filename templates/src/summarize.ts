import { pickText } from '@bordduk/shared'
import type { Locale, Template, TemplateSummary } from '@bordduk/shared'

import { templateLocales } from './templateLocales.ts'

/** A template as the catalogue API shows it, every text in one language (the server adds the preview URL). */
export function summarize(
  template: Template,
  locale: Locale,
): Omit<TemplateSummary, 'previewUrl' | 'custom'> {
  return {
    id: template.id,
    title: pickText(template.title, locale),
    description: pickText(template.description, locale),
    whenToUse: template.whenToUse ? pickText(template.whenToUse, locale) : '',
    locales: templateLocales(template),
    sheets: template.sheets.map((sheet) => ({
      id: sheet.id,
      title: pickText(sheet.title, locale),
      sections: sheet.sections.map((section) => ({
        id: section.id,
        title: pickText(section.title, locale),
        prompts: section.prompts.map((prompt) => pickText(prompt, locale)),
      })),
    })),
  }
}
