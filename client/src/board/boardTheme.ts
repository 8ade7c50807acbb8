import { DEFAULT_THEME } from 'tldraw'
import type { TLDefaultColor, TLTheme, TLThemeColors, TLThemes } from 'tldraw'

import { darkenToContrast } from '../a11y/contrast.ts'

/**
 * Where text and drawings sit on a board: the canvas (tldraw's `background`) and the template
 * sections, whose darkest fill is the field sections' (`templateShapes.css`, `.bd-section--field`;
 * palette.test.ts fails if that changes without this).
 */
const FIELD_SECTION_FILL = '#f3f6fb'

/** WCAG 1.4.3 asks 4.5:1 for text; a little more, so rounding never lands on the edge. */
const TEXT_RATIO = 4.6

/**
 * Colours meant for use on a coloured fill, never as text on the board: white text or a white
 * line on the near-white canvas says nothing whatever its contrast.
 */
const ON_FILL_ONLY = new Set(['white'])

/**
 * tldraw's light palette with every colour's `solid` (the colour of text, labels, lines and
 * arrows) darkened, hue kept, until it reads at 4.5:1 on the board. tldraw's light colours
 * (yellow, light-blue, orange, grey, …) are made to be seen, not read: as text they reach only
 * 1.9–3.8:1. Fills, note fills and highlighter stay tldraw's, so a yellow note is still yellow;
 * note text is black on every note fill already.
 */
function readableLight(light: TLThemeColors): TLThemeColors {
  const surfaces = [light.background, FIELD_SECTION_FILL]
  const colours: Record<string, unknown> = { ...light }
  for (const [name, value] of Object.entries(light)) {
    if (typeof value !== 'object' || value === null || ON_FILL_ONLY.has(name)) continue
    const colour = value as TLDefaultColor
    colours[name] = { ...colour, solid: darkenToContrast(colour.solid, surfaces, TEXT_RATIO) }
  }
  return colours as TLThemeColors
}

/** The board's theme: tldraw's default with readable light colours (dark mode as tldraw's). */
export const boardTheme: TLTheme = {
  ...DEFAULT_THEME,
  colors: { ...DEFAULT_THEME.colors, light: readableLight(DEFAULT_THEME.colors.light) },
}

/** For `<Tldraw themes>`: replaces tldraw's default theme, so every board and print uses it. */
export const boardThemes: Partial<TLThemes> = { default: boardTheme }
