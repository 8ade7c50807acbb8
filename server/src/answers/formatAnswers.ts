import type { Locale } from '@bordduk/shared'

import { ANSWER_TEXTS } from './answerTexts.ts'
import type { AnswerNote, Answers } from './collectAnswers.ts'

export interface AnswersHeading {
  boardTitle: string
  templateTitle: string
  locale: Locale
  exportedAt: Date
}

/** The answers as Markdown: sheet → section (with its prompts) → one bullet per note. */
export function formatAnswersMarkdown(answers: Answers, heading: AnswersHeading): string {
  const t = ANSWER_TEXTS[heading.locale]
  const lines = [
    `# ${heading.boardTitle}`,
    '',
    `${t.template}: ${heading.templateTitle} · ${t.exported} ${heading.exportedAt.toISOString().slice(0, 10)}`,
  ]
  const note = (n: AnswerNote) => {
    const [first = '', ...rest] = n.text.split('\n')
    const who = [t.colors[n.color] ?? n.color, n.author].filter(Boolean).join(', ')
    return [`- ${first} _(${who})_`, ...rest.map((line) => `  ${line}`)]
  }
  for (const sheet of answers.sheets) {
    lines.push('', `## ${sheet.title}`)
    for (const section of sheet.sections) {
      lines.push('', `### ${section.number ? `${section.number}. ` : ''}${section.title}`, '')
      for (const prompt of section.prompts) lines.push(`> ${prompt}`)
      if (section.prompts.length > 0) lines.push('')
      if (section.notes.length === 0) lines.push(`_${t.noNotes}_`)
      for (const n of section.notes) lines.push(...note(n))
    }
  }
  if (answers.unplaced.length > 0) {
    lines.push('', `## ${t.unplaced}`, '')
    for (const n of answers.unplaced) lines.push(...note(n))
  }
  return `${lines.join('\n')}\n`
}

/** The answers as CSV (RFC 4180, UTF-8 with BOM so spreadsheet programs read æøå right). */
export function formatAnswersCsv(answers: Answers, locale: Locale): string {
  const t = ANSWER_TEXTS[locale]
  const rows: string[][] = [t.columns]
  const row = (sheet: string, number: string, section: string, n: AnswerNote) =>
    rows.push([sheet, number, section, n.text, t.colors[n.color] ?? n.color, n.author ?? ''])
  for (const sheet of answers.sheets) {
    for (const section of sheet.sections) {
      for (const n of section.notes) row(sheet.title, section.number, section.title, n)
    }
  }
  for (const n of answers.unplaced) row('', '', t.unplaced, n)
  return `\uFEFF${rows.map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`
}

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value
}
