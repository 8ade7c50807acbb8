/**
 * Makes tldraw's SVG export cheap and sharp to print. tldraw draws each sticky note's shadow
 * with an SVG blur filter; Chromium rasterises filtered content when it prints, which at A1
 * cost about a second per note and put a bitmap of every shadow into the PDF. On paper the
 * shadow becomes a thin vector outline, so the note still stands out from a white sheet.
 */
export function printableSvg(svg: string): string {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml')
  for (const element of doc.querySelectorAll('[filter]')) {
    const isNoteShadow = element.getAttribute('filter')?.includes('note-shadow') ?? false
    element.removeAttribute('filter')
    if (isNoteShadow) {
      element.setAttribute('fill', 'none')
      element.setAttribute('stroke', '#1f2328')
      element.setAttribute('stroke-opacity', '0.25')
      element.setAttribute('stroke-width', '1')
    }
  }
  for (const filter of doc.querySelectorAll('filter')) filter.remove()
  return new XMLSerializer().serializeToString(doc.documentElement)
}
