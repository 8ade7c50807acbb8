import { z } from 'zod'

const STORAGE_KEY = 'bordduk:remembered'
/** Enough for a term of workshops; the oldest fall off. */
export const MAX_REMEMBERED = 50

/**
 * A workshop or board this browser made, with the link that opens it (its key included).
 * Only our own paths are taken back from storage, so a tampered entry cannot become a
 * `javascript:` link.
 */
export const rememberedLinkSchema = z.object({
  kind: z.enum(['workshop', 'board']),
  id: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/),
  title: z.string().min(1).max(200),
  path: z.string().regex(/^\/[bw]\/[A-Za-z0-9_-]{16,64}\?key=[A-Za-z0-9_-]{16,128}$/),
  createdAt: z.string().datetime(),
  /** Groups of a workshop. */
  groups: z.number().int().min(1).max(100).optional(),
})
export type RememberedLink = z.infer<typeof rememberedLinkSchema>

/** The remembered links, newest first. Empty, unreadable or corrupt storage reads as none. */
export function readRemembered(storage: Storage = localStorage): RememberedLink[] {
  let raw: unknown
  try {
    raw = JSON.parse(storage.getItem(STORAGE_KEY) ?? '[]')
  } catch {
    return []
  }
  if (!Array.isArray(raw)) return []
  // One bad entry does not cost the others.
  return raw
    .flatMap((entry) => {
      const parsed = rememberedLinkSchema.safeParse(entry)
      return parsed.success ? [parsed.data] : []
    })
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
}

function write(links: RememberedLink[], storage: Storage): void {
  try {
    storage.setItem(STORAGE_KEY, JSON.stringify(links.slice(0, MAX_REMEMBERED)))
  } catch {
    // Storage full or blocked (private mode): the list is a convenience, the link still works.
  }
}

/** Remembers a link made just now, at the top of the list. */
export function remember(link: RememberedLink, storage: Storage = localStorage): void {
  const others = readRemembered(storage).filter((l) => !(l.kind === link.kind && l.id === link.id))
  write([link, ...others], storage)
}

/** Forgets one link in this browser. */
export function forget(kind: RememberedLink['kind'], id: string, storage: Storage = localStorage): void {
  write(
    readRemembered(storage).filter((l) => !(l.kind === kind && l.id === id)),
    storage,
  )
}

/** The path (with key) of an absolute link from the server, for storing and opening on this origin. */
export function pathOf(url: string): string {
  const parsed = new URL(url, location.href)
  return `${parsed.pathname}${parsed.search}`
}
