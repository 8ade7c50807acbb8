import type { TLShape } from 'tldraw'
import { describe, expect, it } from 'vitest'

import { buildOutline, sectionOfNote } from './buildOutline.ts'

const text = (t: string) => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text: t }] }],
})

const sheet = (sheetId: string, index: string, x: number) => ({
  id: `shape:${sheetId}`,
  type: 'bd-sheet',
  index,
  x,
  y: 0,
  props: { sheetId, sheetTitle: `Ark ${sheetId}`, toolTitle: 'Verktøy', w: 1000, h: 800 },
})
const section = (sectionId: string, sheetId: string, index: string, x: number, y: number, kind = 'free') => ({
  id: `shape:${sectionId}`,
  type: 'bd-section',
  index,
  x,
  y,
  props: {
    sheetId,
    sectionId,
    number: '1',
    title: sectionId,
    prompts: ['Hva?'],
    kind,
    columns: 1,
    w: 400,
    h: 300,
  },
})
const note = (id: string, x: number, y: number, t: string, scale = 0.5) => ({
  id: `shape:${id}`,
  type: 'note',
  index: 'a1',
  x,
  y,
  props: { richText: text(t), color: 'blue', scale, growY: 0, textLastEditedBy: 'u1' },
})

const board = [
  sheet('s2', 'a2', 1100),
  sheet('s1', 'a1', 0),
  section('tid', 's1', 'a3', 0, 0),
  section('sjekk', 's1', 'a4', 400, 0, 'checklist'),
  section('rom', 's2', 'a5', 1100, 0),
  note('later', 100, 200, 'Nederst'),
  note('first', 300, 20, 'Øverst'),
  note('away', 5000, 5000, 'Langt unna'),
  // Its corner is in "tid", its centre (scale 1: +100) in "sjekk": the centre decides.
  note('edge', 350, 50, 'På kanten', 1),
] as unknown as TLShape[]

describe('buildOutline', () => {
  const outline = buildOutline(board)

  it('lists sheets and their sections in printed order', () => {
    expect(outline.sheets.map((s) => s.title)).toEqual(['Ark s1', 'Ark s2'])
    expect(outline.sheets[0]!.sections.map((s) => [s.title, s.takesNotes])).toEqual([
      ['tid', true],
      ['sjekk', false],
    ])
  })

  it('puts each note in the section its centre lies in, top to bottom', () => {
    expect(outline.sheets[0]!.sections[0]!.notes.map((n) => n.text)).toEqual(['Øverst', 'Nederst'])
    expect(outline.sheets[0]!.sections[1]!.notes.map((n) => n.text)).toEqual(['På kanten'])
    expect(outline.sheets[1]!.sections[0]!.notes).toEqual([])
  })

  it('keeps notes outside every section apart, with colour and author', () => {
    expect(outline.unplaced).toEqual([
      { id: 'shape:away', text: 'Langt unna', color: 'blue', authorId: 'u1' },
    ])
  })

  it('finds the section of a note', () => {
    expect(sectionOfNote(outline, 'shape:first' as never)?.title).toBe('tid')
    expect(sectionOfNote(outline, 'shape:away' as never)).toBeUndefined()
  })

  it('lists notes without sheets as unplaced on a blank board', () => {
    const blank = buildOutline([note('n', 0, 0, 'Fri')] as unknown as TLShape[])
    expect(blank.sheets).toEqual([])
    expect(blank.unplaced.map((n) => n.text)).toEqual(['Fri'])
  })
})
