import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'

/** Lets a test collect garbage without starting Node with --expose-gc. */
function exposeGc(): () => void {
  setFlagsFromString('--expose-gc')
  return runInNewContext('gc') as () => void
}

let gc: (() => void) | undefined

/** Heap in use after full collections, with a turn of the event loop between them (weak refs, finalizers). */
export async function heapUsedAfterGc(): Promise<number> {
  gc ??= exposeGc()
  for (let i = 0; i < 3; i++) {
    gc()
    await new Promise((resolve) => setImmediate(resolve))
  }
  return process.memoryUsage().heapUsed
}

/** How many active handles and requests of each kind the process holds (timers, sockets, servers). */
export function activeResources(): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const kind of process.getActiveResourcesInfo()) counts[kind] = (counts[kind] ?? 0) + 1
  return counts
}

/** The kinds of which `after` holds more than `before`, with both counts. */
export function resourcesAbove(
  before: Record<string, number>,
  after: Record<string, number>,
): Record<string, { before: number; after: number }> {
  const grown: Record<string, { before: number; after: number }> = {}
  for (const [kind, count] of Object.entries(after)) {
    if (count > (before[kind] ?? 0)) grown[kind] = { before: before[kind] ?? 0, after: count }
  }
  return grown
}

export const MB = 1024 * 1024
