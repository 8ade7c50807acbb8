import { resolve } from 'node:path'

import { z } from 'zod'

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const

const emptyAsUndefined = (value: unknown) => (value === '' ? undefined : value)

const envSchema = z.object({
  // 0 asks the OS for a free port (tests, benchmarks).
  PORT: z.coerce.number().int().min(0).max(65_535).default(8787),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must start with postgres:// or postgresql://')
      .optional(),
  ),
  REDIS_URL: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(/^rediss?:\/\//, 'REDIS_URL must start with redis:// or rediss://')
      .optional(),
  ),
  PUBLIC_URL: z.preprocess(emptyAsUndefined, z.url().optional()),
  TLDRAW_LICENSE_KEY: z.preprocess(emptyAsUndefined, z.string().optional()),
  LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
  CHROMIUM_PATH: z.preprocess(emptyAsUndefined, z.string().optional()),
})

/** The server's settings, parsed once from the environment at start-up. */
export interface Config {
  readonly port: number
  readonly host: string
  readonly dataDir: string
  readonly databaseUrl: string | undefined
  readonly redisUrl: string | undefined
  /** Base for links we hand out; when unset, the origin of each request is used. */
  readonly publicUrl: string | undefined
  readonly tldrawLicenseKey: string | undefined
  readonly logLevel: (typeof LOG_LEVELS)[number]
  /** Chromium for PDF export; found on the system when unset. */
  readonly chromiumPath: string | undefined
}

export class ConfigError extends Error {
  override name = 'ConfigError'
}

/** Parses environment variables into a frozen {@link Config}; throws a readable ConfigError. */
export function parseConfig(env: Record<string, string | undefined>): Config {
  const result = envSchema.safeParse(env)
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`)
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`)
  }
  const e = result.data
  return Object.freeze({
    port: e.PORT,
    host: e.HOST,
    dataDir: resolve(e.DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    redisUrl: e.REDIS_URL,
    publicUrl: e.PUBLIC_URL?.replace(/\/+$/, ''),
    tldrawLicenseKey: e.TLDRAW_LICENSE_KEY,
    logLevel: e.LOG_LEVEL,
    chromiumPath: e.CHROMIUM_PATH,
  })
}
