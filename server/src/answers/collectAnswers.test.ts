import { strFromU8, unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'

import { findBuiltInTemplate, instantiate } from '@bordduk/templates'

import { boardRecords, writeInitialRecords } from '../boards/boardDocument.ts'
import type { StoredRecord } from '../boards/boardDocument.ts'
import { tldrawSchema } from '../boards/tldrawSchema.ts'
import { collectAnswers, noteCount } from './collectAnswers.ts'
import { formatAnswersCsv, formatAnswersMarkdown } from './formatAnswers.ts'
import { formatAnswersDocx } from './formatAnswersDocx.ts'

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
    expect(answers.unplaced).toEqual([
      { kind: 'note', text: 'Utenfor', color: 'light-green', author: 'Kari Nordmann', column: null },
    ])
  })

  it('gives a blank board no sheets, and its notes as unplaced', () => {
    const doc = boardDoc('blank')
    putNote(doc, 'shape:n', 'Idé', 0, 0)
    expect(collectAnswers(recordsOf(doc))).toEqual({
      sheets: [],
      unplaced: [{ kind: 'note', text: 'Idé', color: 'black', author: null, column: null }],
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
      '### 1. Mål og hensikt · 1 lapp\n\n> Hvilken endring vil vi oppnå, og for hvem?\n> Hvordan vet vi at vi har lyktes?\n\n- Sa "ja", og så _(gul)_\n  andre linje',
    )
    expect(md).toContain(
      '### 8. Neste steg · 0 lapper\n\n> Hvem gjør hva, innen når?\n\n_Ingen lapper ennå._',
    )
  })

  it('writes CSV that quotes commas, quotes and line breaks, with a BOM for spreadsheets', () => {
    const csv = formatAnswersCsv(answers, 'en')
    expect(csv.startsWith('\uFEFFsheet,number,section,column,kind,content,colour,author\r\n')).toBe(true)
    expect(csv).toContain('Oppstart,1,Mål og hensikt,,note,"Sa ""ja"", og så\nandre linje",yellow,\r\n')
  })
})

/** Writes a template shape's prop, as a participant's tick or field text would. */
function setProp(doc: Y.Doc, id: string, prop: string, value: unknown) {
  const record = boardRecords(doc).get(id)!
  boardRecords(doc).set(id, { ...record, props: { ...(record.props as object), [prop]: value } })
}

function putText(doc: Y.Doc, id: string, text: string, x: number, y: number) {
  boardRecords(doc).set(id, {
    id,
    typeName: 'shape',
    type: 'text',
    x,
    y,
    index: 'b2',
    props: {
      color: 'black',
      size: 'm',
      font: 'draw',
      textAlign: 'start',
      w: 240,
      scale: 1,
      autoSize: true,
      richText: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] },
    },
  })
}

describe('collectAnswers: what the sheet shows besides notes', () => {
  it('puts a table note in its row and in the column of the cell its centre lies in', () => {
    const doc = boardDoc('lup-ledelsesforankring')
    const row = sectionRect(doc, 'shape:tpl-hvem-toppledelse')
    const cell = (row.w - 300) / 3
    putNote(doc, 'shape:a', 'Trenger budsjett', row.x + 300 + 2 * cell + 10, row.y + 5, { scale: 0.5 })
    putNote(doc, 'shape:b', 'Eierskap', row.x + 300 + 10, row.y + 5, { scale: 0.5 })
    putNote(doc, 'shape:c', 'På etiketten', row.x + 10, row.y + 5, { scale: 0.5 })
    const section = collectAnswers(recordsOf(doc)).sheets[0]!.sections.find((s) => s.title === 'Toppledelse')!
    expect(section.columns).toHaveLength(3)
    expect(section.notes.map((n) => [n.text, n.column])).toEqual([
      ['På etiketten', null],
      ['Eierskap', 'Hva betyr anskaffelsen for dem?'],
      ['Trenger budsjett', 'Hva er de opptatt av?'],
    ])
  })

  it('lists every checklist item of a section with its tick', () => {
    const doc = boardDoc('tidligfase-innovasjon')
    const checks = recordsOf(doc)
      .filter((r) => (r as { type?: string }).type === 'bd-check')
      .sort((a, b) => (a.y as number) - (b.y as number))
    setProp(doc, checks[1]!.id as string, 'checked', true)
    const section = collectAnswers(recordsOf(doc)).sheets[0]!.sections.find((s) => s.checks.length > 0)!
    expect(section.checks).toHaveLength(checks.length)
    expect(section.checks.map((c) => c.checked)).toEqual(checks.map((_, i) => i === 1))
    expect(section.checks[0]!.label).toBe('Utfordringen er sammensatt og har ingen kjent løsning.')
  })

  it("gives each sheet its header fields, and a field section its field, with the group's text", () => {
    const doc = boardDoc('lup-oppstart')
    setProp(doc, 'shape:tpl-oppstart-_field-procurement', 'text', 'Skolemat')
    setProp(doc, 'shape:tpl-oppstart-anskaffelsen-_field', 'text', 'Sunn lunsj')
    const sheet = collectAnswers(recordsOf(doc)).sheets[0]!
    expect(sheet.fields).toEqual([
      { label: 'Anskaffelse', text: 'Skolemat' },
      { label: 'Dato og deltakere', text: '' },
    ])
    expect(sheet.sections.find((s) => s.sectionId === 'anskaffelsen')!.fields).toEqual([
      { label: 'Anskaffelsen', text: 'Sunn lunsj' },
    ])
  })

  it('counts a text shape placed in a section as its answer, marked as text, and one outside as unplaced', () => {
    const doc = boardDoc('lup-oppstart')
    const tid = sectionRect(doc, 'shape:tpl-oppstart-tid')
    putText(doc, 'shape:t1', 'Frist 1. juni', tid.x + 30, tid.y + 200)
    putNote(doc, 'shape:n1', 'Sommerferie', tid.x + 30, tid.y + 240)
    putText(doc, 'shape:t2', 'Kladd', -4000, 0)
    const answers = collectAnswers(recordsOf(doc))
    const section = answers.sheets[0]!.sections.find((s) => s.sectionId === 'tid')!
    expect(section.notes.map((n) => [n.kind, n.text, n.color])).toEqual([
      ['text', 'Frist 1. juni', null],
      ['note', 'Sommerferie', 'black'],
    ])
    expect(noteCount(section)).toBe(1)
    expect(answers.unplaced.map((n) => [n.kind, n.text])).toEqual([['text', 'Kladd']])
  })

  it('reads a board made before fields were shapes: no fields, the rest as before', () => {
    const doc = boardDoc('lup-oppstart')
    for (const r of recordsOf(doc).filter((r) => (r as { type?: string }).type === 'bd-field')) {
      boardRecords(doc).delete(r.id as string)
    }
    setProp(doc, 'shape:tpl-oppstart', 'fieldLabels', ['Anskaffelse', 'Dato og deltakere'])
    const sheet = collectAnswers(recordsOf(doc)).sheets[0]!
    expect(sheet.fields).toEqual([])
    expect(sheet.sections).toHaveLength(9)
  })
})

describe('answers in every format: ticks, table notes with row and column, header fields, texts, counts', () => {
  const doc = boardDoc('lup-ledelsesforankring')
  setProp(doc, 'shape:tpl-hvem-_field-procurement', 'text', 'Skolemat for 1.–4. trinn')
  setProp(doc, 'shape:tpl-hvem-_field-date-participants', 'text', '12. mars\nKari, Ola')
  const row = sectionRect(doc, 'shape:tpl-hvem-politisk-niva')
  const cell = (row.w - 300) / 3
  putNote(doc, 'shape:col2', 'Vedtak i kommunestyret', row.x + 300 + cell + 10, row.y + 5, { scale: 0.5 })
  putText(doc, 'shape:txt', 'Spør ordføreren', row.x + 300 + 2 * cell + 10, row.y + 10)
  const answers = collectAnswers(recordsOf(doc))
  const column = 'Hva trenger vi fra dem (beslutning, tid, folk, kompetanse, enighet)?'
  const heading = { boardTitle: 'Skolemat', templateTitle: 'Ledelsesforankring', exportedAt: new Date(0) }

  it('Markdown', () => {
    const md = formatAnswersMarkdown(answers, { ...heading, locale: 'nb' })
    expect(md).toContain(
      '## Hvem\n\n- **Anskaffelse:** Skolemat for 1.–4. trinn\n- **Dato og deltakere:** 12. mars\n  Kari, Ola\n',
    )
    expect(md).toContain('### 1. Politisk nivå · 1 lapp, 1 tekst\n\n')
    expect(md).toContain(`#### ${column}\n\n- Vedtak i kommunestyret _(gul)_\n`)
    expect(md).toContain('#### Hva er de opptatt av?\n\n- Spør ordføreren _(tekst)_\n')
    expect(md).toContain('### 2. Toppledelse · 0 lapper\n\n_Ingen lapper ennå._')
  })

  it('Markdown, with ticks', () => {
    const checklist = boardDoc('tidligfase-innovasjon')
    const [check] = recordsOf(checklist)
      .filter((r) => (r as { type?: string }).type === 'bd-check')
      .sort((a, b) => (a.y as number) - (b.y as number))
    setProp(checklist, check!.id as string, 'checked', true)
    const md = formatAnswersMarkdown(collectAnswers(recordsOf(checklist)), { ...heading, locale: 'en' })
    // The board is in Norwegian, the export's own words in English.
    expect(md).toContain('- ☑ Utfordringen er sammensatt og har ingen kjent løsning.\n- ☐ Mange aktører')
    expect(md).toContain('- **Anskaffelse:** _not filled in_')
  })

  it('CSV: one table, with column and kind', () => {
    const csv = formatAnswersCsv(answers, 'nb')
    expect(csv).toContain('\uFEFFark,nummer,seksjon,kolonne,type,innhold,farge,forfatter\r\n')
    expect(csv).toContain('Hvem,,Anskaffelse,,felt,Skolemat for 1.–4. trinn,,\r\n')
    expect(csv).toContain(`Hvem,1,Politisk nivå,"${column}",lapp,Vedtak i kommunestyret,gul,\r\n`)
    expect(csv).toContain('Hvem,1,Politisk nivå,Hva er de opptatt av?,tekst,Spør ordføreren,,\r\n')
    // Every row has the header's eight cells: commas outside quotes, plus one.
    for (const row of csv.split('\r\n').filter(Boolean)) {
      expect(row.replace(/"(?:[^"]|"")*"/g, '').split(',')).toHaveLength(8)
    }
  })

  it('Word', async () => {
    const file = await formatAnswersDocx(answers, { ...heading, locale: 'nb' })
    const xml = strFromU8(unzipSync(new Uint8Array(file))['word/document.xml']!)
    const texts = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1])
    expect(texts).toEqual(
      expect.arrayContaining([
        'Anskaffelse: ',
        'Skolemat for 1.–4. trinn',
        '1. Politisk nivå · 1 lapp, 1 tekst',
        column,
        'Vedtak i kommunestyret',
        'Spør ordføreren',
        ' (tekst)',
      ]),
    )
  })
})
