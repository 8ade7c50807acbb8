import { draftsAnswerSchema } from '@bordduk/shared'
import type { DraftsAnswer, DraftsBody, SilentActionBody } from '@bordduk/shared'

import { ApiError } from './api.ts'

async function send(url: string, method: string, body: unknown, keepalive = false): Promise<unknown> {
  const response = await fetch(url, {
    method,
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
    keepalive,
  })
  const answer: unknown = await response.json().catch(() => null)
  if (!response.ok) {
    const problem = answer as { error?: string; code?: string } | null
    throw new ApiError(response.status, problem?.error ?? response.statusText, problem?.code)
  }
  return answer
}

/** Sends every note this tab holds back while writing in silence (replacing what it sent before). */
export async function putDrafts(
  boardId: string,
  key: string,
  body: DraftsBody,
  options: { keepalive?: boolean } = {},
): Promise<DraftsAnswer> {
  const url = `/api/boards/${encodeURIComponent(boardId)}/drafts?key=${encodeURIComponent(key)}`
  return draftsAnswerSchema.parse(await send(url, 'PUT', body, options.keepalive))
}

/** Starts silent writing or reveals it, for every group (or `boardId`) of a workshop. */
export async function silentWritingAction(
  workshopId: string,
  key: string,
  body: SilentActionBody,
): Promise<void> {
  await send(
    `/api/workshops/${encodeURIComponent(workshopId)}/silent?key=${encodeURIComponent(key)}`,
    'POST',
    body,
  )
}

/** Reveals silent writing on one board, with that board's facilitator link. */
export async function revealBoardSilentWriting(boardId: string, key: string): Promise<void> {
  await send(`/api/boards/${encodeURIComponent(boardId)}/silent?key=${encodeURIComponent(key)}`, 'POST', {
    action: 'reveal',
  })
}
