import { LOCALES, TEXT_FALLBACK } from '@bordduk/shared'
import type { Locale, LocalizedText, Template } from '@bordduk/shared'

/** Every text a template prints or shows in the gallery. */
function templateTexts(template: Template): LocalizedText[] {
  const texts = [template.title, template.description]
  if (template.purpose) texts.push(template.purpose)
  if (template.whenToUse) texts.push(template.whenToUse)
  for (const sheet of template.sheets) {
    texts.push(sheet.title, ...sheet.columns)
    for (const section of sheet.sections) {
      texts.push(section.title, ...section.prompts, ...section.items.map((item) => item.label))
    }
  }
  return texts
}

/**
 * The languages a board made from this template can be written in: those every one of its
 * texts has. Bokmål and English always qualify (the schema requires them); a half-translated
 * template does not offer the language, so a board never mixes two languages in print.
 */
export function templateLocales(template: Template): Locale[] {
  const texts = templateTexts(template)
  return LOCALES.filter((locale) => texts.every((text) => text[locale] !== undefined))
}

/** The language a new board gets when someone asks for `wanted`: that one, or its fallback. */
export function boardLocaleFor(template: Template, wanted: Locale): Locale {
  return templateLocales(template).includes(wanted) ? wanted : TEXT_FALLBACK[wanted]
}
