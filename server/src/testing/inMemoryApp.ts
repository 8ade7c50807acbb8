import { afterEach } from 'vitest'

import { createApp } from '../app.ts'
import { parseConfig } from '../config.ts'
import type { PdfExporter } from '../export/PdfExporter.ts'
import { DEFAULT_PERSISTENCE_OPTIONS } from '../rooms/DocPersistence.ts'
import { RoomRegistry } from '../rooms/RoomRegistry.ts'
import { SqliteStore } from '../storage/SqliteStore.ts'
import { silentLogger } from './boardFixtures.ts'

const cleanups: (() => Promise<void>)[] = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup()
})

/**
 * The HTTP app in memory over an in-memory SQLite store, closed after each test, for route
 * tests with `app.request()`; `env` is parsed like the server's environment.
 */
export function inMemoryApp(
  env: Record<string, string> = {},
  options: { exporter?: PdfExporter; clientDir?: string } = {},
) {
  const config = parseConfig(env)
  const store = new SqliteStore(':memory:')
  const rooms = new RoomRegistry(store, silentLogger, {
    limits: config.limits,
    unloadDelayMs: 60_000,
    persistence: { ...DEFAULT_PERSISTENCE_OPTIONS, saveBatchMs: 60_000, retryMaxMs: 20 },
  })
  const app = createApp({
    config,
    store,
    rooms,
    logger: silentLogger,
    clientDir: options.clientDir,
    exporter: options.exporter,
  })
  cleanups.push(async () => {
    await rooms.closeAll()
    await store.close()
  })
  /** A request with a JSON body, sent as JSON. */
  const sendJson = (method: string, path: string, body: unknown) =>
    app.request(path, {
      method,
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    })
  return { app, store, rooms, sendJson }
}
