import { MAX_DRAFT_BYTES, MAX_DRAFT_NOTES } from '@bordduk/shared'

import type { StoredRecord } from '../boards/boardDocument.ts'
import { checkRecord, isPlainJson } from '../boards/checkRecord.ts'
import { apiProblem } from '../http/apiProblem.ts'

/** What a writer's notes are checked against: the board as it stands and the others' drafts. */
export interface DraftContext {
  /** Ids of the board's pages. */
  pageIds: ReadonlySet<string>
  /** Ids of every record on the board. */
  boardIds: ReadonlySet<string>
  /** Note ids other writers hold back. */
  othersDraftIds: ReadonlySet<string>
}

/**
 * Checks the notes one writer holds back, as the sync path would check them on the board:
 * tldraw notes valid under our schema, on a page of this board, ids of their own, within the
 * limits. Throws a 4xx naming the first problem; nothing is stored then.
 */
export function checkDraftNotes(
  notes: readonly Record<string, unknown>[],
  context: DraftContext,
): StoredRecord[] {
  if (notes.length > MAX_DRAFT_NOTES) {
    throw apiProblem(400, 'tooManyDrafts', `at most ${MAX_DRAFT_NOTES} notes may wait for the reveal`)
  }
  if (Buffer.byteLength(JSON.stringify(notes), 'utf8') > MAX_DRAFT_BYTES) {
    throw apiProblem(
      400,
      'tooManyDrafts',
      `notes waiting for the reveal may take at most ${MAX_DRAFT_BYTES} bytes`,
    )
  }
  const seen = new Set<string>()
  return notes.map((note) => {
    if (!isPlainJson(note, 0) || note.typeName !== 'shape' || note.type !== 'note') {
      throw apiProblem(400, 'draftNotNote', 'only notes can be written in silence')
    }
    const problem = checkRecord(note)
    if (problem) throw apiProblem(400, 'draftNotNote', problem)
    const record = note as StoredRecord
    if (!context.pageIds.has(String(record.parentId))) {
      throw apiProblem(400, 'draftBadParent', 'a note written in silence must lie on a page of this board')
    }
    if (seen.has(record.id)) throw apiProblem(400, 'draftIdTaken', `note ${record.id} is sent twice`)
    seen.add(record.id)
    if (context.boardIds.has(record.id) || context.othersDraftIds.has(record.id)) {
      throw apiProblem(409, 'draftIdTaken', `id ${record.id} is already used on this board`)
    }
    return record
  })
}
