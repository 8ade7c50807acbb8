import { describe, expect, it } from 'vitest'

import { TABLE_LABEL_WIDTH } from '../shapes/templateShapes.ts'
import { SECTION_METRICS, noteAreaIndexAt, notesTop, sectionNoteAreas } from './sectionNoteAreas.ts'

const free = {
  w: 400,
  h: 420,
  title: 'Mål og hensikt',
  prompts: ['Hvilken endring vil vi oppnå, og for hvem?', 'Hvordan vet vi at vi har lyktes?'],
  kind: 'free' as const,
  columns: 0,
}

describe('sectionNoteAreas', () => {
  it('puts the notes area of a free section below its prompts, inside its border', () => {
    const [area] = sectionNoteAreas(free)
    expect(area!.y).toBe(notesTop(free))
    expect(area!.x).toBe(SECTION_METRICS.border + SECTION_METRICS.notesInset)
    expect(area!.x + area!.w).toBe(free.w - area!.x)
    expect(area!.y + area!.h).toBe(free.h - SECTION_METRICS.border - SECTION_METRICS.notesInset)
  })

  it('starts lower when the prompts are longer or the section narrower', () => {
    const longer = {
      ...free,
      prompts: [...free.prompts, 'Hvem må være med, og hvilken kompetanse mangler vi?'],
    }
    expect(notesTop(longer)).toBeGreaterThan(notesTop(free))
    expect(notesTop({ ...free, w: 250 })).toBeGreaterThan(notesTop(free))
    expect(notesTop({ ...free, prompts: [] })).toBeLessThan(notesTop(free))
  })

  it('keeps a timeline lane’s axis clear', () => {
    const [lane] = sectionNoteAreas({ ...free, kind: 'timeline' })
    const [plain] = sectionNoteAreas(free)
    expect(lane!.h).toBe(plain!.h - SECTION_METRICS.timelineAxis)
  })

  it('gives a table row one area per column cell, right of the label', () => {
    const row = { ...free, w: 1600, h: 140, kind: 'tableRow' as const, columns: 3, prompts: [] }
    const cells = sectionNoteAreas(row)
    expect(cells).toHaveLength(3)
    expect(cells[0]!.x).toBeGreaterThan(TABLE_LABEL_WIDTH)
    for (const [i, cell] of cells.entries()) {
      expect(cell.h).toBe(140 - 2 * SECTION_METRICS.border - 2 * SECTION_METRICS.notesInset)
      if (i > 0) expect(cell.x).toBeGreaterThan(cells[i - 1]!.x + cells[i - 1]!.w)
    }
    expect(noteAreaIndexAt(cells, 50)).toBe(0) // the label cell counts as the first column
    expect(noteAreaIndexAt(cells, cells[1]!.x + 5)).toBe(1)
    expect(noteAreaIndexAt(cells, 1599)).toBe(2)
  })

  it('has no notes area in a checklist or a single field', () => {
    expect(sectionNoteAreas({ ...free, kind: 'checklist' })).toEqual([])
    expect(sectionNoteAreas({ ...free, kind: 'field' })).toEqual([])
  })
})
