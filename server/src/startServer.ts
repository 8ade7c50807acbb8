import { existsSync } from 'node:fs'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

import { serve } from '@hono/node-server'

import { createApp } from './app.ts'
import type { Fanout } from './fanout/Fanout.ts'
import { LocalFanout } from './fanout/LocalFanout.ts'
import { RedisFanout } from './fanout/RedisFanout.ts'
import type { Config } from './config.ts'
import type { Logger } from './logger.ts'
import type { PersistenceOptions } from './rooms/DocPersistence.ts'
import { RoomRegistry } from './rooms/RoomRegistry.ts'
import { closeReplacedKeyPeers } from './rooms/closeReplacedKeyPeers.ts'
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
  /** Defaults to Redis when REDIS_URL is set, else this process alone. */
  fanout?: Fanout
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
  if (config.redisUrl && !config.databaseUrl) {
    throw new Error(
      'REDIS_URL is set without DATABASE_URL: instances that share boards must share a PostgreSQL database.',
    )
  }
  const store = options.store ?? (await openStore(config, logger))
  const fanout =
    options.fanout ?? (config.redisUrl ? new RedisFanout(config.redisUrl, logger) : new LocalFanout())
  const rooms = new RoomRegistry(store, logger, {
    unloadDelayMs: options.unloadDelayMs ?? ROOM_UNLOAD_DELAY_MS,
    limits: config.limits,
    persistence: options.persistence,
    fanout,
  })
  fanout.onEvent((event) => {
    if (event.type === 'keysRotated') void closeReplacedKeyPeers(store, rooms, event.boardId)
  })
  const clientDir = resolveClientDir(options.clientDir, logger)
  const exporter = new PdfExporter(config.chromiumPath, logger)
  const app = createApp({ config, store, rooms, logger, clientDir, exporter, fanout })

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
      await fanout.close()
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
