/** Text placed in SVG markup: every character that could end an attribute or open a tag escaped. */
export function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (ch) => `&#${ch.charCodeAt(0)};`)
}

/**
 * A coordinate or size placed in SVG markup. Records come from clients, so a field typed as a
 * number may hold anything (`"0\" onload=\"…"`); whatever is not a finite number becomes `fallback`.
 */
export function svgNumber(value: unknown, fallback = 0): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback
}
