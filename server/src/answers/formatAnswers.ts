import type { Locale } from '@bordduk/shared'

import { ANSWER_TEXTS } from './answerTexts.ts'
import { noteCount } from './collectAnswers.ts'
import type { AnswerCheck, AnswerField, AnswerNote, AnswerSection, Answers } from './collectAnswers.ts'

export interface AnswersHeading {
  boardTitle: string
  templateTitle: string
  locale: Locale
  exportedAt: Date
}

/**
 * The answers as Markdown: sheet (with its header fields) → section (with its count of notes,
 * prompts, fields and ticks) → one bullet per note or text, table notes under their column.
 * Every text from the board goes through {@link inertMarkdown}, so a viewer renders it and
 * never follows it.
 */
export function formatAnswersMarkdown(answers: Answers, heading: AnswersHeading): string {
  const t = ANSWER_TEXTS[heading.locale]
  const md = inertMarkdown
  const lines = [
    `# ${md(heading.boardTitle)}`,
    '',
    `${t.template}: ${md(heading.templateTitle)} · ${t.exported} ${heading.exportedAt.toISOString().slice(0, 10)}`,
  ]
  const bullet = (first: string, rest: string[]) => [`- ${first}`, ...rest.map((line) => `  ${line}`)]
  const note = (n: AnswerNote) => {
    const [first = '', ...rest] = n.text.split('\n').map(md)
    const votes = n.votes === undefined ? null : t.votes(n.votes)
    const who = [n.kind === 'text' ? t.kinds.text : colorName(t, n.color), n.author, votes]
      .flatMap((part) => (part ? [md(part)] : []))
      .join(', ')
    return bullet(`${first} _(${who})_`, rest)
  }
  const field = (f: AnswerField) => {
    const [first = '', ...rest] = f.text.split('\n').map(md)
    return bullet(`**${md(f.label)}:** ${first || `_${t.notFilledIn}_`}`, rest)
  }
  const check = (c: AnswerCheck) => `- ${c.checked ? CHECKED : UNCHECKED} ${md(c.label)}`
  for (const sheet of answers.sheets) {
    lines.push('', `## ${md(sheet.title)}`)
    if (sheet.fields.length > 0) lines.push('', ...sheet.fields.flatMap(field))
    for (const section of sheet.sections) {
      const texts = section.notes.length - noteCount(section)
      const count = t.count(noteCount(section), texts)
      lines.push(
        '',
        `### ${section.number ? `${md(section.number)}. ` : ''}${md(section.title)} · ${count}`,
        '',
      )
      for (const prompt of section.prompts) lines.push(`> ${md(prompt)}`)
      if (section.prompts.length > 0) lines.push('')
      lines.push(...section.fields.flatMap(field), ...section.checks.map(check))
      if (section.notes.length === 0) {
        if (section.fields.length + section.checks.length === 0) lines.push(`_${t.noNotes}_`)
        continue
      }
      if (section.fields.length + section.checks.length > 0) lines.push('')
      for (const [column, notes] of byColumn(section)) {
        if (column !== null) lines.push(`#### ${md(column)}`, '')
        lines.push(...notes.flatMap(note), '')
      }
      lines.pop()
    }
  }
  if (answers.unplaced.length > 0) {
    lines.push('', `## ${t.unplaced}`, '')
    for (const n of answers.unplaced) lines.push(...note(n))
  }
  return `${lines.join('\n')}\n`
}

/**
 * The answers as one CSV table (RFC 4180, UTF-8 with BOM so spreadsheet programs read æøå
 * right): a row per header field, field, checklist item, note and text, each with its sheet,
 * section, table column (if any) and kind.
 */
export function formatAnswersCsv(answers: Answers, locale: Locale): string {
  const t = ANSWER_TEXTS[locale]
  const rows: string[][] = [answers.voted ? [...t.columns, t.votesColumn] : t.columns]
  for (const sheet of answers.sheets) {
    for (const f of sheet.fields) rows.push([sheet.title, '', f.label, '', t.kinds.field, f.text, '', ''])
    for (const section of sheet.sections) {
      const where = [sheet.title, section.number, section.title]
      for (const f of section.fields) rows.push([...where, '', t.kinds.field, f.text, '', ''])
      for (const c of section.checks) {
        rows.push([...where, '', t.kinds.check, `${c.checked ? CHECKED : UNCHECKED} ${c.label}`, '', ''])
      }
      for (const n of section.notes) rows.push([...where, ...noteCells(t, n)])
    }
  }
  for (const n of answers.unplaced) rows.push(['', '', t.unplaced, ...noteCells(t, n)])
  // With a votes column, rows without a count (fields, ticks, texts) get an empty cell.
  const width = rows[0]!.length
  const padded = rows.map((r) => (r.length < width ? [...r, ...Array<string>(width - r.length).fill('')] : r))
  return `\uFEFF${padded.map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`
}

/** Ticked and unticked, as a person would mark them on paper. */
export const CHECKED = '☑'
export const UNCHECKED = '☐'

type Texts = (typeof ANSWER_TEXTS)[Locale]

function noteCells(t: Texts, n: AnswerNote): string[] {
  const cells = [n.column ?? '', t.kinds[n.kind], n.text, colorName(t, n.color) ?? '', n.author ?? '']
  return n.votes === undefined ? cells : [...cells, String(n.votes)]
}

/** A note's colour as it looks; a text shape has none. */
export function colorName(t: Texts, color: string | null): string | null {
  return color === null ? null : (t.colors[color] ?? color)
}

/**
 * A section's notes and texts grouped by table column, in printed column order; those in no
 * column (every note of an ordinary section, or one on a row's label cell) come first.
 */
export function byColumn(section: AnswerSection): [string | null, AnswerNote[]][] {
  const groups: [string | null, AnswerNote[]][] = [null, ...section.columns].map((c) => [
    c,
    section.notes.filter((n) => n.column === c),
  ])
  return groups.filter(([, notes]) => notes.length > 0)
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
