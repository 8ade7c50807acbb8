import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx'

import { ANSWER_TEXTS } from './answerTexts.ts'
import type { AnswerNote, Answers } from './collectAnswers.ts'
import type { AnswersHeading } from './formatAnswers.ts'

/**
 * The answers as a Word document, in the same order as the Markdown: sheet → section with its
 * prompts → one bullet per note, colour and author after it. Real headings and lists, so the
 * text can go straight into a needs description or a market-dialogue invitation.
 */
export async function formatAnswersDocx(answers: Answers, heading: AnswersHeading): Promise<Buffer> {
  const t = ANSWER_TEXTS[heading.locale]
  const language = heading.locale === 'nb' ? 'nb-NO' : 'en-GB'
  const note = (n: AnswerNote) => {
    const who = [t.colors[n.color] ?? n.color, n.author].filter(Boolean).join(', ')
    const lines = n.text.split('\n')
    return new Paragraph({
      bullet: { level: 0 },
      children: [
        ...lines.map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : 0 })),
        new TextRun({ text: ` (${who})`, italics: true, color: '555555' }),
      ],
    })
  }
  const body: Paragraph[] = [
    new Paragraph({ text: heading.boardTitle, heading: HeadingLevel.TITLE }),
    new Paragraph({
      text: `${t.template}: ${heading.templateTitle} · ${t.exported} ${heading.exportedAt.toISOString().slice(0, 10)}`,
    }),
  ]
  for (const sheet of answers.sheets) {
    body.push(new Paragraph({ text: sheet.title, heading: HeadingLevel.HEADING_1 }))
    for (const section of sheet.sections) {
      const title = `${section.number ? `${section.number}. ` : ''}${section.title}`
      body.push(new Paragraph({ text: title, heading: HeadingLevel.HEADING_2 }))
      for (const prompt of section.prompts) {
        body.push(
          new Paragraph({ children: [new TextRun({ text: prompt, italics: true, color: '555555' })] }),
        )
      }
      if (section.notes.length === 0) {
        body.push(new Paragraph({ children: [new TextRun({ text: t.noNotes, italics: true })] }))
      }
      body.push(...section.notes.map(note))
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
