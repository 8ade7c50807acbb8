import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'

import { DEFAULT_THEME } from 'tldraw'
import type { TLDefaultColor, TLThemeColors } from 'tldraw'
import { describe, expect, it } from 'vitest'

import { boardTheme } from '../board/boardTheme.ts'
import { contrastRatio, over, parseColour, relativeLuminance, toHex } from './contrast.ts'
import type { Rgba } from './contrast.ts'

// Issue 12, "the palette meets 4.5:1 for text and 3:1 for edges and focus indicators": every
// pair is read from the CSS and tldraw's theme as they are, so a changed colour is checked too.

const SRC = resolve(import.meta.dirname, '..')
const CSS_FILES = ['styles.css', 'routes/facilitator.css', 'shapes/templateShapes.css']

type Declarations = Record<string, string>

/** Selector → its declarations, over all our CSS (later rules win, as in the cascade). */
function readRules(): Map<string, Declarations> {
  const rules = new Map<string, Declarations>()
  for (const file of CSS_FILES) {
    const css = readFileSync(resolve(SRC, file), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '')
    // Innermost blocks only: a rule inside @media or @container is read as a rule.
    for (const [, selectors, body] of css.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
      const declarations: Declarations = {}
      for (const line of body!.split(';')) {
        const colon = line.indexOf(':')
        if (colon > 0) declarations[line.slice(0, colon).trim()] = line.slice(colon + 1).trim()
      }
      for (const selector of selectors!.split(',').map((s) => s.trim().replace(/\s+/g, ' '))) {
        rules.set(selector, { ...rules.get(selector), ...declarations })
      }
    }
  }
  return rules
}

const rules = readRules()
const rootVars = rules.get(':root')!

function resolveVars(value: string, vars: Declarations = rootVars): string {
  return value.replace(/var\((--[\w-]+)\)/g, (_, name: string) => {
    const found = vars[name] ?? rootVars[name]
    if (found === undefined) throw new Error(`unknown custom property ${name}`)
    return resolveVars(found, vars)
  })
}

const COLOUR = /#[0-9a-fA-F]{3,8}\b|rgba?\([^)]*\)|\b(?:white|black)\b/

/** The colour in `property` of `selector`'s rule; fails the test if the rule or colour is gone. */
function colourOf(selector: string, ...properties: string[]): Rgba {
  const rule = rules.get(selector)
  if (!rule) throw new Error(`no rule for ${selector}`)
  for (const property of properties) {
    const value = rule[property]
    const colour = value && COLOUR.exec(resolveVars(value))
    if (colour) return parseColour(colour[0])
  }
  throw new Error(`${selector} has no colour in ${properties.join('/')}`)
}

const text = (selector: string) => colourOf(selector, 'color')
const background = (selector: string) => colourOf(selector, 'background', 'background-color')
const border = (selector: string) =>
  colourOf(selector, 'border', 'border-color', 'border-left', 'border-top', 'border-bottom')

/** A background as seen: a translucent one over what is below it. */
function surface(...layers: string[]): Rgba {
  return layers
    .map(background)
    .reverse()
    .reduce((below, layer) => over(layer, below))
}

const light = boardTheme.colors.light
/** The board's canvas (tldraw's `background`, the colour our chrome floats on). */
const CANVAS = parseColour(light.background)
const WHITE = parseColour('#fff')

const ratio = (a: Rgba, b: Rgba) => Math.round(contrastRatio(a, b) * 100) / 100

describe('text reads at 4.5:1', () => {
  it('in every rule that sets both a text colour and an opaque background', () => {
    let checked = 0
    for (const [selector, rule] of rules) {
      if (!rule.color || !(rule.background || rule['background-color'])) continue
      let bg: Rgba
      try {
        bg = background(selector)
      } catch {
        continue // an image or gradient, not a colour
      }
      if (bg.a < 1) continue // translucent: checked below, over what it lies on
      checked++
      expect(ratio(text(selector), bg), selector).toBeGreaterThanOrEqual(4.5)
    }
    expect(checked).toBeGreaterThan(20)
  })

  it('where the text colour and its background come from different rules', () => {
    // [text rule, the rule (or layers, top first) whose background it sits on]
    const pairs: [string, Rgba | string[]][] = [
      [':root', ['.start-page']],
      ['.start-page__intro', ['.start-page']],
      ['.workshop-page__eyebrow', ['.start-page']],
      ['.workshop-page__meta', ['.start-page']],
      ['.statement-page__updated', ['.start-page']],
      ['.site-footer a', ['.start-page']],
      ['.start-page__brand', ['.start-page__header']],
      ['.language-switch button', ['.start-page__header']],
      ['.language-switch--on-light button', CANVAS],
      ['.board-panel__button', CANVAS],
      ['.template-card__when', ['.template-card']],
      ['.sync-status__saved', ['.sync-status']],
      ['.board-menu__link', ['.board-menu__sheet']],
      ['.group-card__count', ['.group-card']],
      ['.workshop-steps__key', ['.workshop-steps']],
      ['.sent-messages time', ['.workshop-controls']],
      ['.sent-messages__empty', ['.workshop-controls']],
      ['.remembered__intro', ['.remembered']],
      ['.remembered__title a', ['.remembered']],
      ['.remembered__meta', ['.remembered']],
      ['.link-replaced__aside', ['.link-replaced__card']],
      // The dialog keeps the browser's white.
      ['.confirm-dialog', WHITE],
      ['.confirm-dialog__error', WHITE],
      ['.workshop-countdown', [".workshop-countdown[data-state='paused']"]],
      [".workshop-countdown[data-state='idle']", ['.workshop-countdown']],
      ['.workshop-banner', ['.workshop-banner__timer', '.workshop-banner']],
      ['.workshop-banner__button', ['.workshop-banner']],
      ['.workshop-banner__button', [".workshop-banner[data-times-up='true']"]],
      ['.workshop-banner__fold', ['.workshop-banner']],
      ['.workshop-banner__fold', [".workshop-banner[data-times-up='true']"]],
      ['.bd-sheet__column', ['.bd-sheet']],
      ['.bd-section', ['.bd-section--field']],
      ['.bd-section__prompts', ['.bd-section']],
      ['.bd-section__prompts', ['.bd-section--field']],
      ['.bd-check__label', ['.bd-check__box']],
    ]
    for (const [fg, on] of pairs) {
      const bg = Array.isArray(on) ? surface(...on) : on
      expect(ratio(text(fg), bg), `${fg} on ${String(on)}`).toBeGreaterThanOrEqual(4.5)
    }
  })
})

describe('edges of controls and focus indicators reach 3:1', () => {
  it('control edges against what they sit on', () => {
    const pairs: [string, Rgba | string[]][] = [
      ['.workshop-form input', ['.workshop-form']],
      ["main.workshop-page input[type='number']", ['.workshop-controls']],
      ['.name-prompt input', WHITE],
      ['.board-language select', ['.board-language']],
      ['.board-panel__button', CANVAS],
      ['.language-switch--on-light button', CANVAS],
      ['.language-switch button', ['.start-page__header']],
      ['.secondary-button', ['.remembered']],
      ['.danger-outline-button', ['.workshop-controls']],
      ['.workshop-banner__button', ['.workshop-banner']],
      ['.workshop-banner__button', [".workshop-banner[data-times-up='true']"]],
      ['.bd-section__tidy', ['.bd-section']],
      ['.bd-section__tidy', ['.bd-section--field']],
      ['.bd-check__mark', ['.bd-check__box']],
    ]
    for (const [control, on] of pairs) {
      const bg = Array.isArray(on) ? surface(...on) : on
      expect(ratio(border(control), bg), `${control} edge on ${String(on)}`).toBeGreaterThanOrEqual(3)
    }
    // A translucent edge, as painted over the band it is on.
    for (const band of ['.workshop-banner', ".workshop-banner[data-times-up='true']"]) {
      const edge = over(border('.workshop-banner__fold'), background(band))
      expect(ratio(edge, background(band)), `fold edge on ${band}`).toBeGreaterThanOrEqual(3)
    }
  })

  it('every focus ring against every light surface; the bands’ own rings against the bands', () => {
    const rings = [...rules].filter(([, rule]) => rule.outline && COLOUR.test(resolveVars(rule.outline)))
    expect(rings.map(([selector]) => selector)).toContain(':focus-visible')
    const lightSurfaces = [...rules.keys()]
      .flatMap((selector) => {
        try {
          return [background(selector)]
        } catch {
          return []
        }
      })
      .filter((bg) => bg.a === 1 && relativeLuminance(bg) > 0.4)
    lightSurfaces.push(CANVAS)
    expect(lightSurfaces.length).toBeGreaterThan(10)
    for (const [selector] of rings) {
      const ring = colourOf(selector, 'outline')
      for (const bg of lightSurfaces) {
        expect(ratio(ring, bg), `${selector} ring on ${toHex(bg)}`).toBeGreaterThanOrEqual(3)
      }
    }
    // The blue and red bands set --bd-focus for what is inside them.
    const bands = [...rules].filter(([selector, rule]) => selector !== ':root' && rule['--bd-focus'])
    expect(bands.map(([selector]) => selector).sort()).toEqual(['.start-page__header', '.workshop-banner'])
    for (const [band, rule] of bands) {
      const ring = parseColour(resolveVars(rule['--bd-focus']!))
      const states = [...rules.keys()].filter(
        (s) => s === band || (s.startsWith(`${band}[`) && !s.includes(' ')),
      )
      for (const state of states) {
        if (!rules.get(state)!.background) continue
        expect(ratio(ring, background(state)), `ring in ${state}`).toBeGreaterThanOrEqual(3)
      }
    }
  })
})

describe('tldraw’s colours as the board uses them', () => {
  const colours = (palette: TLThemeColors) =>
    Object.entries(palette).filter((entry): entry is [string, TLDefaultColor] => typeof entry[1] === 'object')
  /** Where text and drawings sit: the canvas and the template's sheets and sections. */
  const boardSurfaces = [
    CANVAS,
    ...['.bd-sheet', '.bd-section', '.bd-section--field', '.bd-section--checklist'].map((s) => background(s)),
  ]

  it('note text reads on every note fill', () => {
    for (const [name, colour] of colours(light)) {
      expect(ratio(parseColour(colour.noteText), parseColour(colour.noteFill)), name).toBeGreaterThanOrEqual(
        4.5,
      )
    }
  })

  it('every colour as text (text shapes, labels) reads on the board, white excepted', () => {
    const asText = colours(light).filter(([name]) => name !== 'white')
    expect(asText.length).toBeGreaterThanOrEqual(11)
    for (const [name, colour] of asText) {
      for (const bg of boardSurfaces) {
        expect(ratio(parseColour(colour.solid), bg), name).toBeGreaterThanOrEqual(4.5)
      }
    }
  })

  it('is needed: tldraw’s own light colours do not read as text, and ours keep its fills', () => {
    const failing = colours(DEFAULT_THEME.colors.light).filter(
      ([, colour]) => contrastRatio(parseColour(colour.solid), CANVAS) < 4.5,
    )
    expect(failing.map(([name]) => name)).toEqual(expect.arrayContaining(['yellow', 'light-blue', 'orange']))
    for (const [name, colour] of colours(DEFAULT_THEME.colors.light)) {
      const ours = light[name as keyof TLThemeColors] as TLDefaultColor
      expect(ours.noteFill, name).toBe(colour.noteFill)
      expect(ours.fill, name).toBe(colour.fill)
    }
    expect(boardTheme.colors.dark).toBe(DEFAULT_THEME.colors.dark)
  })
})
