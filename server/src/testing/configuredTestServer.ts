import { parseConfig } from '../config.ts'
import { startServer } from '../startServer.ts'
import type { RunningServer } from '../startServer.ts'
import { silentLogger } from './boardFixtures.ts'

/**
 * An in-process server like `testServers().start`, but with environment settings on top of the
 * defaults: the limits (connections per board and address, creations, exports) a load test
 * must raise to measure the server rather than its refusals.
 */
export function startConfiguredServer(
  dataDir: string,
  env: Record<string, string>,
  options: { unloadDelayMs?: number } = {},
): Promise<RunningServer> {
  return startServer(
    { ...parseConfig({ ...env, DATA_DIR: dataDir }), port: 0 },
    { logger: silentLogger, clientDir: null, unloadDelayMs: options.unloadDelayMs ?? 50 },
  )
}
