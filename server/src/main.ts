import { ConfigError, parseConfig } from './config.ts'
import { createLogger } from './logger.ts'
import { startServer } from './startServer.ts'

/** Entry point of `pnpm start`: configuration from the environment, graceful shutdown on signals. */
async function main(): Promise<void> {
  let config
  try {
    config = parseConfig(process.env)
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error
    console.error(error.message)
    process.exit(1)
  }
  const logger = createLogger(config.logLevel)
  let server
  try {
    server = await startServer(config, { logger })
  } catch (error) {
    logger.fatal({ err: error }, 'could not start')
    process.exit(1)
  }
  const shutdown = (signal: string) => {
    logger.info({ signal }, 'shutting down: saving boards')
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.fatal({ err: error }, 'shutdown failed')
        process.exit(1)
      },
    )
  }
  process.once('SIGTERM', () => shutdown('SIGTERM'))
  process.once('SIGINT', () => shutdown('SIGINT'))
}

void main()
