// Before the schema below is built (see the file), as in api.ts.
import '../zodWithoutEval.ts'

import { boardMetaSchema, clientConfigSchema } from '@bordduk/shared'
import type { BoardMeta, ClientConfig } from '@bordduk/shared'
import { z } from 'zod'

import { ApiError, getBoard, getClientConfig } from './api.ts'

const STORAGE_PREFIX = 'bordduk:board-copy:'

/**
 * With a copy to fall back on, a server that has not answered by then counts as unreachable: a
 * meeting room's Wi-Fi can be joined but lead nowhere, and the browser would wait minutes.
 */
export const ANSWER_WITHIN_MS = 5_000

const storedCopySchema = z.object({ meta: boardMetaSchema, config: clientConfigSchema })

/** What a board page needs before it opens the board. */
export interface BoardOpening {
  meta: BoardMeta
  config: ClientConfig
  /** Read from this browser's copy because the server could not be reached. */
  fromCopy: boolean
}

export interface BoardMetaSources {
  storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>
  getBoard(id: string, key: string, init?: RequestInit): Promise<BoardMeta>
  getClientConfig(init?: RequestInit): Promise<ClientConfig>
}

const browserSources = (): BoardMetaSources => ({ storage: localStorage, getBoard, getClientConfig })

/**
 * The board's metadata and the client config from the server, kept in this browser for the
 * next visit; when the server cannot be reached (not when it refuses), the copy from the last
 * visit with the same key. A refusal (403, 404) forgets the copy and is thrown on.
 */
export async function openBoardMeta(
  boardId: string,
  key: string,
  sources: BoardMetaSources = browserSources(),
): Promise<BoardOpening> {
  const slot = await copySlot(boardId, key)
  const copy = slot === null ? null : readCopy(sources.storage, slot, boardId)
  const init: RequestInit = copy ? { signal: AbortSignal.timeout(ANSWER_WITHIN_MS) } : {}
  try {
    const [meta, config] = await Promise.all([
      sources.getBoard(boardId, key, init),
      sources.getClientConfig(init),
    ])
    if (slot !== null) writeCopy(sources.storage, slot, { meta, config })
    return { meta, config, fromCopy: false }
  } catch (error) {
    if (copy && isUnreachable(error)) return { ...copy, fromCopy: true }
    if (error instanceof ApiError && error.status === 404) forgetBoardMeta(boardId, sources.storage)
    else if (error instanceof ApiError && error.status === 403 && slot !== null)
      sources.storage.removeItem(slot)
    throw error
  }
}

/** Drops every copy of a board (unknown board, or a key that no longer opens it). */
export function forgetBoardMeta(boardId: string, storage: BoardMetaSources['storage'] = localStorage): void {
  const prefix = `${STORAGE_PREFIX}${boardId}:`
  const mine: string[] = []
  for (let i = 0; i < storage.length; i++) {
    const name = storage.key(i)
    if (name?.startsWith(prefix)) mine.push(name)
  }
  for (const name of mine) storage.removeItem(name)
}

/** The server gave no answer of its own: no network, no server, a proxy without its upstream, a timeout. */
function isUnreachable(error: unknown): boolean {
  if (error instanceof ApiError) return error.status === 502 || error.status === 503 || error.status === 504
  if (error instanceof DOMException) return error.name === 'TimeoutError' || error.name === 'AbortError'
  return error instanceof TypeError // what fetch throws when nothing answers
}

/**
 * Storage name for a board and key. The key is stored only as a digest; without
 * `crypto.subtle` (plain http off localhost) there is no service worker to reload offline
 * either, so there is no copy.
 */
async function copySlot(boardId: string, key: string): Promise<string | null> {
  if (!globalThis.crypto?.subtle) return null
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`${boardId}\n${key}`))
  const hex = Array.from(new Uint8Array(digest).slice(0, 16), (b) => b.toString(16).padStart(2, '0')).join('')
  return `${STORAGE_PREFIX}${boardId}:${hex}`
}

function readCopy(storage: BoardMetaSources['storage'], slot: string, boardId: string) {
  const stored = storage.getItem(slot)
  if (stored === null) return null
  let parsed: ReturnType<typeof storedCopySchema.safeParse> | null = null
  try {
    parsed = storedCopySchema.safeParse(JSON.parse(stored))
  } catch {
    // not JSON: dropped below
  }
  if (parsed?.success && parsed.data.meta.id === boardId) return parsed.data
  storage.removeItem(slot) // written by another version, or tampered with
  return null
}

function writeCopy(
  storage: BoardMetaSources['storage'],
  slot: string,
  copy: z.infer<typeof storedCopySchema>,
) {
  try {
    storage.setItem(slot, JSON.stringify(copy))
  } catch {
    // Storage full or disabled: the board still opens online, only not offline next time.
  }
}
