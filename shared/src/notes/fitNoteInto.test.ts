import { describe, expect, it } from 'vitest'

import { fitNoteInto } from './fitNoteInto.ts'

const area = { x: 100, y: 200, w: 300, h: 200 }

describe('fitNoteInto', () => {
  it('leaves a note that already lies inside where it is', () => {
    expect(fitNoteInto(area, { x: 150, y: 250, w: 100, h: 100 })).toEqual({ x: 150, y: 250 })
  })

  it('moves a note over an edge only as far as needed', () => {
    expect(fitNoteInto(area, { x: 350, y: 180, w: 100, h: 100 })).toEqual({ x: 300, y: 200 })
    expect(fitNoteInto(area, { x: 60, y: 330, w: 100, h: 100 })).toEqual({ x: 100, y: 300 })
  })

  it('aligns a note larger than the area to its top-left corner', () => {
    expect(fitNoteInto(area, { x: 0, y: 0, w: 400, h: 400 })).toEqual({ x: 100, y: 200 })
  })
})
