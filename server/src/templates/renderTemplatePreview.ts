import { pickText, sheetSize } from '@bordduk/shared'
import { headerFieldAreas } from '@bordduk/shared/shapes'
import type { Area, Locale, Template } from '@bordduk/shared'

import { escapeXml, svgNumber } from '../http/svgValues.ts'

const SPACING = 80
const HEADER_H = 160

/**
 * A small picture of a template, drawn from its data (sheets, header band, sections), so
 * the gallery's previews always match what a board will look like.
 */
export function renderTemplatePreview(template: Template, locale: Locale): string {
  const parts: string[] = []
  let left = 0
  let height = 0
  for (const sheet of template.sheets) {
    const { w, h } = sheetSize(sheet.paper, sheet.orientation)
    height = Math.max(height, h)
    parts.push(`<g transform="translate(${left} 0)">`)
    parts.push(`<rect width="${w}" height="${h}" fill="#fffdf7" stroke="#1d4f91" stroke-width="6"/>`)
    if (sheet.sections.length > 0) {
      parts.push(`<rect width="${w}" height="${HEADER_H}" fill="#1d4f91"/>`)
      const title =
        template.sheets.length > 1
          ? `${pickText(template.title, locale)} – ${pickText(sheet.title, locale)}`
          : pickText(template.title, locale)
      parts.push(
        `<text x="40" y="100" font-size="64" font-weight="700" fill="#fff">${escapeXml(title)}</text>`,
      )
      for (const field of headerFieldAreas(w)) {
        parts.push(
          `<rect x="${field.x}" y="${field.y}" width="${field.w}" height="${field.h}" rx="6" fill="#fff"/>`,
        )
      }
    }
    for (const section of sheet.sections) {
      const { x, y, w: sw, h: sh } = finiteArea(section.area)
      const label = `${section.number ? `${section.number}. ` : ''}${pickText(section.title, locale)}`
      parts.push(
        `<rect x="${x}" y="${y}" width="${sw}" height="${sh}" rx="12" fill="#fff" stroke="#7a8797" stroke-width="4"/>`,
        `<text x="${x + 20}" y="${y + 56}" font-size="40" font-weight="700" fill="#1b1f24">${escapeXml(truncate(label, sw / 22))}</text>`,
      )
    }
    parts.push('</g>')
    left += w + SPACING
  }
  const width = left - SPACING
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" role="img" ` +
    `aria-label="${escapeXml(pickText(template.title, locale))}" font-family="system-ui, sans-serif">${parts.join('')}</svg>`
  )
}

/** Templates are checked when stored, but facilitators write them: what is drawn as a number is one. */
function finiteArea(area: Area): Area {
  return { x: svgNumber(area.x), y: svgNumber(area.y), w: svgNumber(area.w), h: svgNumber(area.h) }
}

function truncate(text: string, maxChars: number): string {
  const max = Math.max(4, Math.floor(maxChars))
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`
}
