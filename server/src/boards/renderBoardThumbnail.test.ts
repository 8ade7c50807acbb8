import { describe, expect, it } from 'vitest'

import type { StoredRecord } from './boardDocument.ts'
import { renderBoardThumbnail, wrapNoteText } from './renderBoardThumbnail.ts'

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
    ['xmlns', 'viewBox', 'font-family', 'x', 'y', 'width', 'height', 'rx', 'font-size', 'overflow'].map(
      (a) => `@${a}`,
    ),
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

  it.each([1, 0.5, 0.25])('keeps every line of long notes inside the note at scale %s', (scale) => {
    const texts = [
      'Behov: hvordan sikrer vi at brukerne i hjemmetjenesten faktisk blir hørt før vi skriver kravspesifikasjonen, og hvem eier prosessen etterpå?',
      'Leverandørutviklingsprogrammetsinnovasjonsanskaffelsesmetodikk',
      'MMMMMMMMMM WWWWWWWWWW MMMMMMMMMM WWWWWWWWWW',
      'kort',
    ]
    const notes = texts.map((text, i) =>
      noteRecord(
        { id: `shape:n${i}`, x: 100 + i * 300, y: 50 },
        { scale, growY: i === 3 ? 80 : 0, richText: richText(text) },
      ),
    )
    const svg = renderBoardThumbnail(notes)
    const boxes = [
      ...svg.matchAll(
        /<svg x="([^"]+)" y="([^"]+)" width="([^"]+)" height="([^"]+)" overflow="hidden" font-size="([^"]+)">(.*?)<\/svg>/g,
      ),
    ]
    expect(boxes).toHaveLength(texts.length)
    for (const [i, match] of boxes.entries()) {
      const [x, y, w, h, fontSize] = match.slice(1, 6).map(Number) as [number, number, number, number, number]
      // The clipping box is exactly the note's square (grown by growY), at its place.
      expect([x, y, w]).toEqual([100 + i * 300, 50, 200 * scale])
      expect(h).toBe((200 + (i === 3 ? 80 : 0)) * scale)
      expect(svg).toContain(`<rect x="${x}" y="${y}" width="${w}" height="${h}"`)
      const lines = [...match[6]!.matchAll(/<text x="([^"]+)" y="([^"]+)">([^<]*)<\/text>/g)]
      expect(lines.length).toBeGreaterThan(0)
      for (const [, lx, ly, content] of lines) {
        const chars = [...content!.replace(/&#\d+;/g, '_')].length
        // Each line, estimated at 0.62 em a glyph (wider than average text), fits the width,
        // and its glyphs (ascent ≈ 1 em, descent ≈ 0.25 em) fit the height.
        expect(Number(lx)).toBeGreaterThan(0)
        expect(Number(lx) + chars * fontSize * 0.62).toBeLessThanOrEqual(w)
        expect(Number(ly) - fontSize).toBeGreaterThanOrEqual(0)
        expect(Number(ly) + fontSize * 0.25).toBeLessThanOrEqual(h)
      }
    }
    // The long question is cut with an ellipsis, not dropped; the short one is whole.
    expect(boxes[0]![6]).toContain('…')
    expect(boxes[3]![6]).toContain('>kort</text>')
  })

  it('wraps at word boundaries, cuts words longer than a line, and marks text left over', () => {
    expect(wrapNoteText('a bb ccc dddd', 6, 3)).toEqual(['a bb', 'ccc', 'dddd'])
    expect(wrapNoteText('abcdefghij', 4, 5)).toEqual(['abcd', 'efgh', 'ij'])
    expect(wrapNoteText('one two three four', 5, 2)).toEqual(['one', 'two…'])
    expect(wrapNoteText('', 5, 2)).toEqual([])
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

  it("clips a field's text to its box", () => {
    const field: StoredRecord = {
      id: 'shape:field',
      typeName: 'shape',
      type: 'bd-field',
      x: 1000,
      y: 24,
      props: { w: 300, h: 40, text: 'Digital vaktplanlegging i hjemmetjenesten' },
    }
    const svg = renderBoardThumbnail([field])
    expect(svg).toMatch(
      /<svg x="1000" y="24" width="300" height="40" overflow="hidden"><text [^>]*>Digital vaktplanlegging/,
    )
  })
})
