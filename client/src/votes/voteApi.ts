import { myDotsSchema, workshopVoteProgressSchema } from '@bordduk/shared'
import type { CastDotBody, MyDots, VoteActionBody, WorkshopVoteProgress } from '@bordduk/shared'
import { z } from 'zod'

import { ApiError } from '../api/api.ts'

async function call<S extends z.ZodType>(schema: S, url: string, body?: unknown): Promise<z.infer<S>> {
  const init: RequestInit | undefined =
    body === undefined
      ? undefined
      : { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) }
  const response = await fetch(url, init)
  const json: unknown = await response.json().catch(() => null)
  if (!response.ok) {
    const problem = json as { error?: string; code?: string } | null
    throw new ApiError(response.status, problem?.error ?? response.statusText, problem?.code)
  }
  return schema.parse(json)
}

const boardPath = (id: string, key: string, rest: string) =>
  `/api/boards/${encodeURIComponent(id)}/${rest}?key=${encodeURIComponent(key)}`
const workshopPath = (id: string, key: string) =>
  `/api/workshops/${encodeURIComponent(id)}/vote?key=${encodeURIComponent(key)}`

/** Puts a dot on a note or takes one back; answers this tab's dots. */
export function castDot(boardId: string, key: string, body: CastDotBody): Promise<MyDots> {
  return call(myDotsSchema, boardPath(boardId, key, 'votes'), body)
}

/** This tab's dots in the board's current vote (after a reload). */
export function getMyDots(boardId: string, key: string, session: string): Promise<MyDots> {
  return call(myDotsSchema, `${boardPath(boardId, key, 'votes')}&session=${encodeURIComponent(session)}`)
}

/** Start, end or reveal on one board, with its facilitator key. */
export function boardVoteAction(boardId: string, key: string, body: VoteActionBody): Promise<unknown> {
  return call(z.unknown(), boardPath(boardId, key, 'vote'), body)
}

/** Start, end or reveal for every group of a workshop, or one (`boardId`). */
export function workshopVoteAction(id: string, key: string, body: VoteActionBody): Promise<unknown> {
  return call(z.unknown(), workshopPath(id, key), body)
}

/** Each group's vote and who has voted (names and dots used). */
export function getWorkshopVoteProgress(id: string, key: string): Promise<WorkshopVoteProgress> {
  return call(workshopVoteProgressSchema, workshopPath(id, key))
}
