import { pino } from 'pino'
import type { Logger } from 'pino'

export type { Logger }

/** Structured JSON logs on stdout. */
export function createLogger(level: string): Logger {
  return pino({ level, base: { service: 'bordduk' } })
}

/**
 * Ids and keys grant access, so logs show only a prefix: enough to correlate lines,
 * not enough to open a board.
 */
export function redact(secretish: string): string {
  return secretish.length <= 6 ? '…' : `${secretish.slice(0, 6)}…`
}
