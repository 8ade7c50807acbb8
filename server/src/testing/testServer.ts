import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { parseConfig } from '../config.ts'
import type { Fanout } from '../fanout/Fanout.ts'
import { DEFAULT_PERSISTENCE_OPTIONS } from '../rooms/DocPersistence.ts'
import type { PersistenceOptions } from '../rooms/DocPersistence.ts'
import { startServer } from '../startServer.ts'
import type { RunningServer } from '../startServer.ts'
import type { Store } from '../storage/Store.ts'
import { RawSyncClient, syncUrl } from '../sync/testing/rawSyncClient.ts'
import { silentLogger } from './boardFixtures.ts'

/**
 * Real servers (free ports, temp data dirs) and raw protocol clients for a test file, all
 * cleaned up by `cleanup()` in afterEach.
 */
export function testServers() {
  const dirs: string[] = []
  const servers: RunningServer[] = []
  const clients: RawSyncClient[] = []
  return {
    tempDir(): string {
      const dir = mkdtempSync(join(tmpdir(), 'bordduk-test-'))
      dirs.push(dir)
      return dir
    },
    async start(
      dataDir: string,
      options: { store?: Store; persistence?: Partial<PersistenceOptions>; fanout?: Fanout } = {},
    ): Promise<RunningServer> {
      const server = await startServer(
        { ...parseConfig({ DATA_DIR: dataDir }), port: 0 },
        {
          logger: silentLogger,
          clientDir: null,
          unloadDelayMs: 50,
          store: options.store,
          fanout: options.fanout,
          persistence: { ...DEFAULT_PERSISTENCE_OPTIONS, ...options.persistence },
        },
      )
      servers.push(server)
      return server
    },
    /** Joins the board's room (waits for the server's sync step 1). */
    async joinRoom(server: RunningServer, boardId: string, key: string): Promise<RawSyncClient> {
      const client = await RawSyncClient.join(syncUrl(server.url, boardId, key))
      clients.push(client)
      return client
    },
    track(client: RawSyncClient): RawSyncClient {
      clients.push(client)
      return client
    },
    async cleanup(): Promise<void> {
      for (const client of clients.splice(0)) client.terminate()
      for (const server of servers.splice(0)) await server.close()
      for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
    },
  }
}
