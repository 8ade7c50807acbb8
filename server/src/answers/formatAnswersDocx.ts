import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx'
import { LOCALE_TAGS } from '@bordduk/shared'

import { ANSWER_TEXTS } from './answerTexts.ts'
import { noteCount } from './collectAnswers.ts'
import type { AnswerCheck, AnswerField, AnswerNote, Answers } from './collectAnswers.ts'
import { CHECKED, UNCHECKED, byColumn, colorName } from './formatAnswers.ts'
import type { AnswersHeading } from './formatAnswers.ts'

/**
 * The answers as a Word document, in the same order as the Markdown: sheet with its header
 * fields → section (with its count of notes) with its prompts, fields and ticks → one bullet
 * per note or text, table notes under their column. Real headings and lists, so the text can
 * go straight into a needs description or a market-dialogue invitation.
 */
export async function formatAnswersDocx(answers: Answers, heading: AnswersHeading): Promise<Buffer> {
  const t = ANSWER_TEXTS[heading.locale]
  const language = LOCALE_TAGS[heading.locale]
  const grey = (text: string) => new TextRun({ text, italics: true, color: '555555' })
  const lines = (text: string) =>
    text.split('\n').map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : 0 }))
  const note = (n: AnswerNote) => {
    const votes = n.votes === undefined ? null : t.votes(n.votes)
    const who = [n.kind === 'text' ? t.kinds.text : colorName(t, n.color), n.author, votes]
      .filter(Boolean)
      .join(', ')
    return new Paragraph({ bullet: { level: 0 }, children: [...lines(n.text), grey(` (${who})`)] })
  }
  const field = (f: AnswerField) =>
    new Paragraph({
      children: [
        new TextRun({ text: `${f.label}: `, bold: true }),
        ...(f.text ? lines(f.text) : [grey(t.notFilledIn)]),
      ],
    })
  const check = (c: AnswerCheck) =>
    new Paragraph({ children: [new TextRun({ text: `${c.checked ? CHECKED : UNCHECKED} ${c.label}` })] })
  const body: Paragraph[] = [
    new Paragraph({ text: heading.boardTitle, heading: HeadingLevel.TITLE }),
    new Paragraph({
      text: `${t.template}: ${heading.templateTitle} · ${t.exported} ${heading.exportedAt.toISOString().slice(0, 10)}`,
    }),
  ]
  for (const sheet of answers.sheets) {
    body.push(
      new Paragraph({ text: sheet.title, heading: HeadingLevel.HEADING_1 }),
      ...sheet.fields.map(field),
    )
    for (const section of sheet.sections) {
      const count = t.count(noteCount(section), section.notes.length - noteCount(section))
      const title = `${section.number ? `${section.number}. ` : ''}${section.title} · ${count}`
      body.push(new Paragraph({ text: title, heading: HeadingLevel.HEADING_2 }))
      for (const prompt of section.prompts) body.push(new Paragraph({ children: [grey(prompt)] }))
      body.push(...section.fields.map(field), ...section.checks.map(check))
      if (section.notes.length + section.fields.length + section.checks.length === 0) {
        body.push(new Paragraph({ children: [new TextRun({ text: t.noNotes, italics: true })] }))
      }
      for (const [column, notes] of byColumn(section)) {
        if (column !== null) body.push(new Paragraph({ text: column, heading: HeadingLevel.HEADING_3 }))
        body.push(...notes.map(note))
      }
    }
  }
  if (answers.unplaced.length > 0) {
    body.push(new Paragraph({ text: t.unplaced, heading: HeadingLevel.HEADING_1 }))
    body.push(...answers.unplaced.map(note))
  }
  const document = new Document({
    creator: 'Bordduk',
    title: heading.boardTitle,
    styles: { default: { document: { run: { language: { value: language } } } } },
    sections: [{ children: body }],
  })
  return Packer.toBuffer(document)
}
