import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'

import { sampleNote } from '@bordduk/shared/testing'
import { findBuiltInTemplate, instantiate } from '@bordduk/templates'

import { boardRecords, writeInitialRecords } from '../boards/boardDocument.ts'
import type { StoredRecord } from '../boards/boardDocument.ts'
import { tldrawSchema } from '../boards/tldrawSchema.ts'
import { collectAnswers } from './collectAnswers.ts'

// Kept apart from collectAnswers.test.ts, which another part of issue 11 reworks.
describe('collectAnswers with the template’s note scale', () => {
  it('places a small note tucked into a section’s corner by its own (scaled) centre', () => {
    const template = findBuiltInTemplate('lup-oppstart')!
    const doc = new Y.Doc()
    writeInitialRecords(doc, instantiate(template, 'nb') as unknown as StoredRecord[], tldrawSchema)
    const tid = boardRecords(doc).get('shape:tpl-oppstart-tid') as unknown as {
      x: number
      y: number
      props: { w: number; h: number }
    }
    const size = 200 * template.noteScale!
    // At scale 1 the centre would lie 100 units right of the corner: outside "Tid".
    const note = sampleNote(
      'shape:corner',
      tid.x + tid.props.w - size - 4,
      tid.y + tid.props.h - size - 4,
      'Frist',
    )
    boardRecords(doc).set(note.id, { ...note, props: { ...note.props, scale: template.noteScale! } } as never)
    const answers = collectAnswers([...boardRecords(doc).map.values()].map((e) => e.val))
    const section = answers.sheets[0]!.sections.find((s) => s.sectionId === 'tid')!
    expect(section.notes.map((n) => n.text)).toEqual(['Frist'])
    expect(answers.unplaced).toEqual([])
  })
})
