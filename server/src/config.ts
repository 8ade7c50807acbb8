import { resolve } from 'node:path'

import { z } from 'zod'

import { isAccessibilityContact } from '@bordduk/shared'

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
  DATABASE_POOL_SIZE: positiveInt(10),
  REDIS_URL: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(/^rediss?:\/\//, 'REDIS_URL must start with redis:// or rediss://')
      .optional(),
  ),
  PUBLIC_URL: z.preprocess(emptyAsUndefined, z.url().optional()),
  TLDRAW_LICENSE_KEY: z.preprocess(emptyAsUndefined, z.string().optional()),
  ACCESSIBILITY_CONTACT: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .trim()
      .refine(isAccessibilityContact, 'ACCESSIBILITY_CONTACT must be an e-mail address or an http(s) URL')
      .optional(),
  ),
  LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
  CHROMIUM_PATH: z.preprocess(emptyAsUndefined, z.string().optional()),
  // Limits against crafted or runaway clients; see the README's "Limits" table.
  MAX_UPDATE_BYTES: positiveInt(2 * 1024 * 1024),
  MAX_BOARD_BYTES: positiveInt(16 * 1024 * 1024),
  MAX_PENDING_UPDATE_BYTES: positiveInt(4 * 1024 * 1024),
  MAX_CONNECTIONS_PER_BOARD: positiveInt(64),
  MAX_CONNECTIONS_PER_IP: positiveInt(1024),
  MAX_AWARENESS_BYTES: positiveInt(8 * 1024),
  AWARENESS_UPDATES_PER_SECOND: positiveInt(40),
  CREATES_PER_IP_PER_10_MIN: positiveInt(120),
  EXPORTS_PER_IP_PER_10_MIN: positiveInt(60),
  TRUST_PROXY: z.preprocess(emptyAsUndefined, z.enum(['true', 'false']).default('false')),
})

function positiveInt(fallback: number) {
  return z.preprocess(emptyAsUndefined, z.coerce.number().int().positive().default(fallback))
}

/** The server's settings, parsed once from the environment at start-up. */
export interface Config {
  readonly port: number
  readonly host: string
  readonly dataDir: string
  readonly databaseUrl: string | undefined
  /** PostgreSQL connections one instance keeps open (with DATABASE_URL). */
  readonly databasePoolSize: number
  readonly redisUrl: string | undefined
  /** Base for links we hand out; when unset, the origin of each request is used. */
  readonly publicUrl: string | undefined
  readonly tldrawLicenseKey: string | undefined
  /** Where people report accessibility problems (e-mail or URL); shown on the statement page. */
  readonly accessibilityContact: string | undefined
  readonly logLevel: (typeof LOG_LEVELS)[number]
  /** Chromium for PDF export; found on the system when unset. */
  readonly chromiumPath: string | undefined
  readonly limits: Limits
  /** Behind a reverse proxy: take the client's address from the last X-Forwarded-For hop. */
  readonly trustProxy: boolean
}

/** What one client may send and hold; every limit answers with a reason, never silently. */
export interface Limits {
  /** Largest Yjs update (and WebSocket frame, plus framing) a client may send. */
  readonly maxUpdateBytes: number
  /** A board's encoded size beyond which updates that add content are refused. */
  readonly maxBoardBytes: number
  /** Updates a connection sent before what they build on arrived, held per connection. */
  readonly maxPendingUpdateBytes: number
  readonly maxConnectionsPerBoard: number
  readonly maxConnectionsPerIp: number
  /** Largest presence state (cursor, name, selection) one client may publish. */
  readonly maxAwarenessBytes: number
  readonly awarenessUpdatesPerSecond: number
  /** Boards, workshops and templates created per client address in ten minutes. */
  readonly createsPerIpPer10Min: number
  /** PDF exports per client address in ten minutes. */
  readonly exportsPerIpPer10Min: number
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
    databasePoolSize: e.DATABASE_POOL_SIZE,
    redisUrl: e.REDIS_URL,
    publicUrl: e.PUBLIC_URL?.replace(/\/+$/, ''),
    tldrawLicenseKey: e.TLDRAW_LICENSE_KEY,
    accessibilityContact: e.ACCESSIBILITY_CONTACT,
    logLevel: e.LOG_LEVEL,
    chromiumPath: e.CHROMIUM_PATH,
    limits: Object.freeze({
      maxUpdateBytes: e.MAX_UPDATE_BYTES,
      maxBoardBytes: e.MAX_BOARD_BYTES,
      maxPendingUpdateBytes: e.MAX_PENDING_UPDATE_BYTES,
      maxConnectionsPerBoard: e.MAX_CONNECTIONS_PER_BOARD,
      maxConnectionsPerIp: e.MAX_CONNECTIONS_PER_IP,
      maxAwarenessBytes: e.MAX_AWARENESS_BYTES,
      awarenessUpdatesPerSecond: e.AWARENESS_UPDATES_PER_SECOND,
      createsPerIpPer10Min: e.CREATES_PER_IP_PER_10_MIN,
      exportsPerIpPer10Min: e.EXPORTS_PER_IP_PER_10_MIN,
    }),
    trustProxy: e.TRUST_PROXY === 'true',
  })
}
