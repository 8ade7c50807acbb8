import { describe, expect, it } from 'vitest'

import type { Template } from '@bordduk/shared'
import { findBuiltInTemplate } from '@bordduk/templates'

import { renderTemplatePreview } from './renderTemplatePreview.ts'

/** A built-in template with one section's area and every title replaced by hostile values. */
function hostileTemplate(): Template {
  const base = structuredClone(findBuiltInTemplate('lup-oppstart')!)
  const evil = '"><script>alert(1)</script><x a="'
  base.title = { nb: evil, en: evil }
  const sheet = base.sheets[0]!
  sheet.title = { nb: evil, en: evil }
  const section = sheet.sections[0]!
  section.title = { nb: `</text><script>alert(2)</script>`, en: '' }
  // What the schema would refuse, as if a stored template had slipped past it.
  section.area = { x: '0" onload="alert(3)' as unknown as number, y: NaN, w: 400, h: Infinity }
  return base
}

describe('renderTemplatePreview', () => {
  it('escapes every title and draws only finite numbers', () => {
    const svg = renderTemplatePreview(hostileTemplate(), 'nb')
    expect(svg).not.toContain('<script')
    expect(svg).not.toMatch(/\son\w+=|<x\s/)
    expect(svg).not.toMatch(/NaN|Infinity/)
    expect(svg).toContain('aria-label="&#34;&#62;&#60;script&#62;')
  })

  it('draws a built-in template with its title', () => {
    const svg = renderTemplatePreview(findBuiltInTemplate('lup-oppstart')!, 'en')
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 \d+ \d+"/)
    expect(svg).toContain('1. ')
  })
})
