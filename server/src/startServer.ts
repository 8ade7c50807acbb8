import { existsSync } from 'node:fs'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

import { serve } from '@hono/node-server'

import { createApp } from './app.ts'
import type { Config } from './config.ts'
import type { Logger } from './logger.ts'
import type { PersistenceOptions } from './rooms/DocPersistence.ts'
import { RoomRegistry } from './rooms/RoomRegistry.ts'
import { openStore } from './storage/openStore.ts'
import type { Store } from './storage/Store.ts'
import { attachSyncServer } from './sync/attachSyncServer.ts'
import { PdfExporter } from './export/PdfExporter.ts'

const DEFAULT_CLIENT_DIR = fileURLToPath(new URL('../../client/dist', import.meta.url))
export const ROOM_UNLOAD_DELAY_MS = 30_000

export interface StartOptions {
  logger: Logger
  /** Defaults to PostgreSQL with DATABASE_URL, else the SQLite file under DATA_DIR. */
  store?: Store
  clientDir?: string | null
  unloadDelayMs?: number
  persistence?: PersistenceOptions
}

export interface RunningServer {
  readonly url: string
  readonly store: Store
  readonly rooms: RoomRegistry
  /** Stops accepting, saves every board, closes sockets with 1012, closes the store. */
  close(): Promise<void>
}

/** Starts HTTP and sync on one port. */
export async function startServer(config: Config, options: StartOptions): Promise<RunningServer> {
  const { logger } = options
  if (config.redisUrl) {
    throw new Error('REDIS_URL is set, but this version of Bordduk has no Redis fan-out yet; unset it.')
  }
  const store = options.store ?? (await openStore(config, logger))
  const rooms = new RoomRegistry(store, logger, {
    unloadDelayMs: options.unloadDelayMs ?? ROOM_UNLOAD_DELAY_MS,
    limits: config.limits,
    persistence: options.persistence,
  })
  const clientDir = resolveClientDir(options.clientDir, logger)
  const exporter = new PdfExporter(config.chromiumPath, logger)
  const app = createApp({ config, store, rooms, logger, clientDir, exporter })

  const server = await new Promise<Server>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, () =>
      resolve(s as Server),
    )
    s.once('error', reject)
  })
  const wss = attachSyncServer(server, {
    store,
    rooms,
    logger,
    limits: config.limits,
    trustProxy: config.trustProxy,
  })
  const { port } = server.address() as AddressInfo
  const host = config.host.includes(':') ? `[${config.host}]` : config.host
  const url = `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`
  exporter.baseUrl = url
  logger.info({ url, dataDir: config.dataDir, store: store.constructor.name }, 'bordduk listening')

  let closing: Promise<void> | undefined
  const close = () =>
    (closing ??= (async () => {
      server.close()
      await exporter.close()
      await rooms.closeAll()
      wss.close()
      server.closeAllConnections()
      await store.close()
    })())
  return { url, store, rooms, close }
}

function resolveClientDir(option: string | null | undefined, logger: Logger): string | undefined {
  if (option === null) return undefined
  const dir = option ?? DEFAULT_CLIENT_DIR
  if (existsSync(join(dir, 'index.html'))) return dir
  logger.warn({ dir }, 'client not built (run pnpm build); serving the API only')
  return undefined
}
