import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'

import { findBuiltInTemplate, instantiate } from '@bordduk/templates'

import { boardRecords, writeInitialRecords } from '../boards/boardDocument.ts'
import type { StoredRecord } from '../boards/boardDocument.ts'
import { tldrawSchema } from '../boards/tldrawSchema.ts'
import { collectAnswers } from './collectAnswers.ts'
import { formatAnswersCsv, formatAnswersMarkdown } from './formatAnswers.ts'

function boardDoc(templateId: string): Y.Doc {
  const doc = new Y.Doc()
  const records = instantiate(findBuiltInTemplate(templateId)!, 'nb') as unknown as StoredRecord[]
  writeInitialRecords(doc, records, tldrawSchema)
  return doc
}

/** The records of a doc, as a room hands them to readers. */
function recordsOf(doc: Y.Doc): StoredRecord[] {
  return [...boardRecords(doc).map.values()].map((entry) => entry.val)
}

/** The page rectangle of a template section, read from the doc like the server does. */
function sectionRect(doc: Y.Doc, id: string) {
  const shape = boardRecords(doc).get(id) as unknown as {
    x: number
    y: number
    props: { w: number; h: number }
  }
  return { x: shape.x, y: shape.y, w: shape.props.w, h: shape.props.h }
}

function putNote(doc: Y.Doc, id: string, text: string, x: number, y: number, extra: object = {}) {
  boardRecords(doc).set(id, {
    id,
    typeName: 'shape',
    type: 'note',
    x,
    y,
    index: 'b1',
    props: {
      color: 'black',
      scale: 1,
      growY: 0,
      textLastEditedBy: null,
      richText: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] },
      ...extra,
    },
  })
}

describe('collectAnswers', () => {
  it('puts a note in the section its centre lies in, and moves it when the note moves', () => {
    const doc = boardDoc('lup-oppstart')
    const tid = sectionRect(doc, 'shape:tpl-oppstart-tid')
    const penger = sectionRect(doc, 'shape:tpl-oppstart-penger')
    // Top-left corner inside "Tid" but centre in "Penger": the centre decides.
    putNote(doc, 'shape:n1', 'Budsjett', penger.x - 60, penger.y + 20)
    putNote(doc, 'shape:n2', 'Frist i mars', tid.x + 20, tid.y + 150)

    const titles = (answers: ReturnType<typeof collectAnswers>, title: string) =>
      answers.sheets[0]!.sections.find((s) => s.title === title)!.notes.map((n) => n.text)
    let answers = collectAnswers(recordsOf(doc))
    expect(titles(answers, 'Penger')).toEqual(['Budsjett'])
    expect(titles(answers, 'Tid')).toEqual(['Frist i mars'])

    putNote(doc, 'shape:n2', 'Frist i mars', penger.x + 20, penger.y + 250)
    answers = collectAnswers(recordsOf(doc))
    expect(titles(answers, 'Tid')).toEqual([])
    expect(titles(answers, 'Penger')).toEqual(['Budsjett', 'Frist i mars']) // reading order: top first
  })

  it('keeps the printed order of sheets and sections, prompts included', () => {
    const answers = collectAnswers(recordsOf(boardDoc('lup-ledelsesforankring')))
    expect(answers.sheets.map((s) => s.title)).toEqual(['Hvem', 'Når'])
    expect(answers.sheets[1]!.sections.map((s) => s.number)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8'])
    expect(answers.sheets[1]!.sections[0]!.prompts).toEqual([
      'Hvilke ledere?',
      'Informere, involvere eller beslutte?',
      'Hvilke ressurser må frigjøres?',
    ])
  })

  it('names the author from the user record and lists notes outside every section apart', () => {
    const doc = boardDoc('lup-markedsdialog')
    boardRecords(doc).set('user:kari', {
      id: 'user:kari',
      typeName: 'user',
      name: 'Kari Nordmann',
      color: '#c00',
    })
    putNote(doc, 'shape:far', 'Utenfor', -5000, -5000, { textLastEditedBy: 'kari', color: 'light-green' })
    const answers = collectAnswers(recordsOf(doc))
    expect(answers.unplaced).toEqual([{ text: 'Utenfor', color: 'light-green', author: 'Kari Nordmann' }])
  })

  it('gives a blank board no sheets, and its notes as unplaced', () => {
    const doc = boardDoc('blank')
    putNote(doc, 'shape:n', 'Idé', 0, 0)
    expect(collectAnswers(recordsOf(doc))).toEqual({
      sheets: [],
      unplaced: [{ text: 'Idé', color: 'black', author: null }],
    })
  })
})

describe('formatting answers', () => {
  const doc = boardDoc('lup-oppstart')
  const mal = sectionRect(doc, 'shape:tpl-oppstart-mal-og-hensikt')
  putNote(doc, 'shape:q', 'Sa "ja", og så\nandre linje', mal.x + 20, mal.y + 150)
  const answers = collectAnswers(recordsOf(doc))

  it('writes Markdown: sheet, numbered section, prompts as quotes, notes as bullets', () => {
    const md = formatAnswersMarkdown(answers, {
      boardTitle: 'Helse',
      templateTitle: 'Oppstart',
      locale: 'nb',
      exportedAt: new Date('2026-11-24T10:00:00Z'),
    })
    expect(md).toContain('# Helse\n\nMal: Oppstart · Eksportert 2026-11-24\n\n## Oppstart')
    expect(md).toContain(
      '### 1. Mål og hensikt\n\n> Hvilken endring vil vi oppnå, og for hvem?\n> Hvordan vet vi at vi har lyktes?\n\n- Sa "ja", og så _(gul)_\n  andre linje',
    )
    expect(md).toContain('### 8. Neste steg\n\n> Hvem gjør hva, innen når?\n\n_Ingen lapper ennå._')
  })

  it('writes CSV that quotes commas, quotes and line breaks, with a BOM for spreadsheets', () => {
    const csv = formatAnswersCsv(answers, 'en')
    expect(csv.startsWith('\uFEFFsheet,number,section,note,colour,author\r\n')).toBe(true)
    expect(csv).toContain('Oppstart,1,Mål og hensikt,"Sa ""ja"", og så\nandre linje",yellow,\r\n')
  })
})
