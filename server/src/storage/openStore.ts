import { join } from 'node:path'

import type { Config } from '../config.ts'
import type { Logger } from '../logger.ts'
import { PostgresStore } from './PostgresStore.ts'
import { SqliteStore } from './SqliteStore.ts'
import type { Store } from './Store.ts'

/** PostgreSQL (migrated before anything is served) when DATABASE_URL is set, else the SQLite file. */
export async function openStore(config: Config, logger: Logger): Promise<Store> {
  if (config.databaseUrl) {
    return PostgresStore.open(config.databaseUrl, { poolSize: config.databasePoolSize, logger })
  }
  return new SqliteStore(join(config.dataDir, 'bordduk.sqlite'))
}
