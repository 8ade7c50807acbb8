import { describe, expect, it } from 'vitest'

import type { StoredRecord } from './boardDocument.ts'
import { renderBoardThumbnail } from './renderBoardThumbnail.ts'

const richText = (text: string) => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
})

function noteRecord(fields: Record<string, unknown>, props: Record<string, unknown> = {}): StoredRecord {
  return {
    id: 'shape:evil',
    typeName: 'shape',
    type: 'note',
    x: 0,
    y: 0,
    ...fields,
    props: { color: 'yellow', scale: 1, growY: 0, richText: richText('hei'), ...props },
  }
}

/** Every element and attribute name in a piece of SVG markup. */
function markupNames(svg: string): string[] {
  const tags = [...svg.matchAll(/<\/?([a-zA-Z][\w:-]*)([^>]*)>/g)]
  return tags.flatMap(([, tag, rest]) => [
    tag!,
    ...[...rest!.matchAll(/([a-zA-Z_:][\w:.-]*)\s*=/g)].map((m) => `@${m[1]}`),
  ])
}

/** What a thumbnail is made of; anything else (an event handler, a script) was injected. */
const SAFE_NAMES = new Set(
  ['svg', 'rect', 'text'].concat(
    ['xmlns', 'viewBox', 'font-family', 'x', 'y', 'width', 'height', 'rx', 'font-size'].map((a) => `@${a}`),
    ['fill', 'stroke', 'stroke-width'].map((a) => `@${a}`),
  ),
)

describe('renderBoardThumbnail', () => {
  it.each([
    ['x', { x: '0" onload="alert(1)' }, {}],
    ['y', { y: '"><script>alert(1)</script>' }, {}],
    ['scale', {}, { scale: '1" onmouseover="alert(1)' }],
    ['growY', {}, { growY: '0"><script>alert(1)</script><rect x="' }],
    ['colour', {}, { color: '"><script>alert(1)</script>' }],
    ['colour from the prototype', {}, { color: 'constructor' }],
    ['text', {}, { richText: richText('</text><script>alert(1)</script>') }],
  ])('draws a note with a hostile %s as inert markup', (_what, fields, props) => {
    const svg = renderBoardThumbnail([noteRecord(fields, props)])
    expect(svg).not.toContain('<script')
    expect(svg).not.toMatch(/\son\w+=/)
    expect(svg).not.toContain('NaN')
    expect(svg).not.toContain('function')
    for (const name of markupNames(svg)) expect(SAFE_NAMES).toContain(name)
  })

  it('draws sheets and sections whose size is not a number at the origin, not as markup', () => {
    const svg = renderBoardThumbnail([
      {
        id: 'shape:s',
        typeName: 'shape',
        type: 'bd-sheet',
        x: 10,
        y: 10,
        props: { w: '1"/><script>', h: 5 },
      },
      { id: 'shape:t', typeName: 'shape', type: 'bd-section', x: Infinity, y: 0, props: {} },
    ])
    expect(svg).not.toContain('<script')
    expect(svg).not.toMatch(/Infinity|NaN|undefined/)
  })

  it('still draws an ordinary note where it is, with its first words', () => {
    const svg = renderBoardThumbnail([noteRecord({ x: 300, y: 400 }, { richText: richText('Tid & folk') })])
    expect(svg).toContain('<rect x="300" y="400" width="200" height="200" fill="#FED49A"/>')
    expect(svg).toContain('>Tid &#38; folk</text>')
  })

  it('draws a header field with its text, escaped', () => {
    const field: StoredRecord = {
      id: 'shape:field',
      typeName: 'shape',
      type: 'bd-field',
      x: 1000,
      y: 24,
      props: { w: 600, h: 52, text: 'Skolemat </text><script>alert(1)</script>\nandre linje' },
    }
    const svg = renderBoardThumbnail([field])
    expect(svg).toContain('>Skolemat &#60;/text&#62;&#60;script&#62;')
    expect(svg).not.toContain('andre linje')
    expect(markupNames(svg).every((name) => SAFE_NAMES.has(name))).toBe(true)
  })
})
