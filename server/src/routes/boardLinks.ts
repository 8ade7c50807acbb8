import type { Context } from 'hono'

import type { Config } from '../config.ts'

/** The origin links are built on: PUBLIC_URL when set, else the origin the request came to. */
export function publicOrigin(c: Context, config: Config): string {
  return config.publicUrl ?? new URL(c.req.url).origin
}

export function boardUrl(origin: string, boardId: string, key: string): string {
  return `${origin}/b/${encodeURIComponent(boardId)}?key=${encodeURIComponent(key)}`
}
