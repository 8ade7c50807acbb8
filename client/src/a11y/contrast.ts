/**
 * WCAG 2.x contrast: relative luminance of sRGB colours and the ratio between two of them.
 * Colours are CSS hex (`#abc`, `#aabbcc`, `#aabbccdd`) or `rgb()`/`rgba()` with numbers.
 */

export interface Rgba {
  r: number
  g: number
  b: number
  /** 0–1 */
  a: number
}

export function parseColour(text: string): Rgba {
  const value = text.trim().toLowerCase()
  if (value === 'black') return { r: 0, g: 0, b: 0, a: 1 }
  if (value === 'white') return { r: 255, g: 255, b: 255, a: 1 }
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6}|[0-9a-f]{8})$/.exec(value)
  if (hex) {
    const digits = hex[1]!.length === 3 ? [...hex[1]!].map((d) => d + d).join('') : hex[1]!
    const byte = (i: number) => parseInt(digits.slice(i, i + 2), 16)
    return { r: byte(0), g: byte(2), b: byte(4), a: digits.length === 8 ? byte(6) / 255 : 1 }
  }
  const rgb = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:[\s,/]+([\d.]+%?))?\s*\)$/.exec(value)
  if (rgb) {
    const alpha = rgb[4] === undefined ? 1 : rgb[4].endsWith('%') ? parseFloat(rgb[4]) / 100 : Number(rgb[4])
    return { r: Number(rgb[1]), g: Number(rgb[2]), b: Number(rgb[3]), a: alpha }
  }
  throw new Error(`not a colour this check reads: ${text}`)
}

/** `top` painted over the opaque `bottom`. */
export function over(top: Rgba, bottom: Rgba): Rgba {
  const mix = (t: number, b: number) => t * top.a + b * (1 - top.a)
  return { r: mix(top.r, bottom.r), g: mix(top.g, bottom.g), b: mix(top.b, bottom.b), a: 1 }
}

/** WCAG's relative luminance (0 black – 1 white). */
export function relativeLuminance({ r, g, b }: Rgba): number {
  const channel = (c: number) => {
    const s = c / 255
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
  }
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)
}

/** The contrast ratio (1–21) between two opaque colours. */
export function contrastRatio(a: Rgba, b: Rgba): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number]
  return (light + 0.05) / (dark + 0.05)
}

export function toHex({ r, g, b }: Rgba): string {
  return `#${[r, g, b].map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`
}

/**
 * The colour scaled towards black (hue kept) just far enough to reach `ratio` against every
 * one of `backgrounds`; the colour itself when it already does.
 */
export function darkenToContrast(colour: string, backgrounds: string[], ratio: number): string {
  const start = parseColour(colour)
  const bgs = backgrounds.map(parseColour)
  const passes = (c: Rgba) => bgs.every((bg) => contrastRatio(c, bg) >= ratio)
  if (passes(start)) return colour
  let [low, high] = [0, 1] // factor on each channel: low always passes
  for (let i = 0; i < 24; i++) {
    const mid = (low + high) / 2
    const candidate = { r: start.r * mid, g: start.g * mid, b: start.b * mid, a: 1 }
    if (passes(candidate)) low = mid
    else high = mid
  }
  // Rounded to whole channels, then one step darker if rounding lost the margin.
  let factor = low
  let result = {
    r: Math.floor(start.r * factor),
    g: Math.floor(start.g * factor),
    b: Math.floor(start.b * factor),
    a: 1,
  }
  while (!passes(result)) {
    factor -= 0.01
    result = {
      r: Math.floor(start.r * factor),
      g: Math.floor(start.g * factor),
      b: Math.floor(start.b * factor),
      a: 1,
    }
  }
  return toHex(result)
}
