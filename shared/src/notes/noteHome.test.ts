import { describe, expect, it } from 'vitest'

import { homeSection, noteCentre } from './noteHome.ts'

const section = (id: string, x: number, y: number) => ({ id, x, y, props: { w: 400, h: 300 } })

describe('noteCentre', () => {
  it('is the middle of a note, grown text and scale included', () => {
    expect(noteCentre({ type: 'note', x: 10, y: 20, props: { scale: 0.5, growY: 40 } })).toEqual({
      x: 60,
      y: 80,
    })
  })
  it('is the middle of a text shape’s first line', () => {
    expect(noteCentre({ type: 'text', x: 0, y: 0, props: { w: 100, scale: 1 } })).toEqual({ x: 50, y: 16 })
  })
})

describe('homeSection', () => {
  const sections = [section('a', 0, 0), section('b', 400, 0)]
  it('is the section whose rectangle holds the centre', () => {
    expect(homeSection(sections, { x: 450, y: 10 })?.id).toBe('b')
    expect(homeSection(sections, { x: 399, y: 299 })?.id).toBe('a')
  })
  it('is none outside every section (right and bottom edges are outside)', () => {
    expect(homeSection(sections, { x: 800, y: 10 })).toBeUndefined()
    expect(homeSection(sections, { x: 10, y: 300 })).toBeUndefined()
  })
})
