import { Hono } from 'hono'

import { Y_WORKSHOP_VOTE_COUNTS_KEY, pickText, voteCountsSchema } from '@bordduk/shared'

import type { RouteDeps } from '../AppDeps.ts'
import { collectAnswers } from '../answers/collectAnswers.ts'
import { formatAnswersCsv, formatAnswersMarkdown } from '../answers/formatAnswers.ts'
import { formatAnswersDocx } from '../answers/formatAnswersDocx.ts'
import { attachmentName } from './attachmentName.ts'
import { authorizeBoard } from './authorizeBoard.ts'

/**
 * `GET /api/boards/:id/answers.md`, `.csv` and `.docx`: what the sheets show (header fields, ticks,
 * notes and texts by section, table notes by column),
 * computed on the server straight from the board's doc (no browser involved).
 */
export function getBoardAnswersRoute({ store, rooms, templates }: RouteDeps) {
  return new Hono().get('/api/boards/:id/:file{answers\\.(md|csv|docx)}', async (c) => {
    const { board } = await authorizeBoard(c, store)
    const answers = await rooms.withRoom(board.id, (room) => {
      // Counts are in the doc only once everyone may see them (live, or revealed).
      const counts = voteCountsSchema.safeParse(room.workshopValue(Y_WORKSHOP_VOTE_COUNTS_KEY))
      return collectAnswers(room.readRecords(), counts.success ? counts.data : null)
    })
    if (c.req.param('file') === 'answers.csv') {
      c.header('Content-Disposition', attachmentName(board.title, 'csv'))
      return c.body(formatAnswersCsv(answers, board.locale), 200, {
        'Content-Type': 'text/csv; charset=utf-8',
      })
    }
    const template = await templates.find(board.templateId)
    const templateTitle = template ? pickText(template.title, board.locale) : board.templateId
    const heading = { boardTitle: board.title, templateTitle, locale: board.locale, exportedAt: new Date() }
    if (c.req.param('file') === 'answers.docx') {
      c.header('Content-Disposition', attachmentName(board.title, 'docx'))
      return c.body(new Uint8Array(await formatAnswersDocx(answers, heading)), 200, {
        'Content-Type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      })
    }
    const markdown = formatAnswersMarkdown(answers, heading)
    return c.body(markdown, 200, { 'Content-Type': 'text/markdown; charset=utf-8' })
  })
}
