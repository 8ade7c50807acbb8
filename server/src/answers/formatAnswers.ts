import type { Locale } from '@bordduk/shared'

import { ANSWER_TEXTS } from './answerTexts.ts'
import type { AnswerNote, Answers } from './collectAnswers.ts'

export interface AnswersHeading {
  boardTitle: string
  templateTitle: string
  locale: Locale
  exportedAt: Date
}

/**
 * The answers as Markdown: sheet → section (with its prompts) → one bullet per note. Every text
 * from the board goes through {@link inertMarkdown}, so a viewer renders it and never follows it.
 */
export function formatAnswersMarkdown(answers: Answers, heading: AnswersHeading): string {
  const t = ANSWER_TEXTS[heading.locale]
  const md = inertMarkdown
  const lines = [
    `# ${md(heading.boardTitle)}`,
    '',
    `${t.template}: ${md(heading.templateTitle)} · ${t.exported} ${heading.exportedAt.toISOString().slice(0, 10)}`,
  ]
  const note = (n: AnswerNote) => {
    const [first = '', ...rest] = n.text.split('\n').map(md)
    const who = [t.colors[n.color] ?? n.color, n.author]
      .flatMap((part) => (part ? [md(part)] : []))
      .join(', ')
    return [`- ${first} _(${who})_`, ...rest.map((line) => `  ${line}`)]
  }
  for (const sheet of answers.sheets) {
    lines.push('', `## ${md(sheet.title)}`)
    for (const section of sheet.sections) {
      lines.push('', `### ${section.number ? `${md(section.number)}. ` : ''}${md(section.title)}`, '')
      for (const prompt of section.prompts) lines.push(`> ${md(prompt)}`)
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

const MARKDOWN_ESCAPES: Record<string, string> = {
  '\\': '\\\\',
  '[': '\\[',
  ']': '\\]',
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
}

/**
 * Text from the board as Markdown that renders as written: HTML is escaped, and without `[`
 * or `<` no link, image or autolink can form (so no `javascript:` link either). Backslashes
 * are escaped too, so a note cannot cancel our escapes with its own.
 */
function inertMarkdown(text: string): string {
  return text.replace(/[\\[\]&<>]/g, (ch) => MARKDOWN_ESCAPES[ch]!)
}

/**
 * One CSV cell. A cell starting with `=`, `+`, `-`, `@`, tab or carriage return is a formula
 * to a spreadsheet (it could fetch or run things), so it gets a leading `'` (OWASP's advice).
 */
function csvField(value: string): string {
  const inert = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(inert) ? `"${inert.replace(/"/g, '""')}"` : inert
}
