import { it } from 'vitest'

import { TEST_DATABASE_URL, postgresReachable } from './postgresTestSchema.ts'

/**
 * Decides for a PostgreSQL test file: true when the database answers. When it does not, in CI
 * a failing test stands in for the file (a skipped store is an untested store, and a failed
 * test shows in the summary); locally the file skips with a note.
 */
export async function requirePostgres(what: string): Promise<boolean> {
  if (await postgresReachable()) return true
  const message = `${what}: PostgreSQL is not reachable at ${new URL(TEST_DATABASE_URL).host}`
  if (process.env.CI) {
    it(`${what} reach PostgreSQL (CI must run them)`, () => {
      throw new Error(`${message}; ./bordduk test starts a local one (scripts/services.sh)`)
    })
  } else {
    console.warn(`${message}: skipped (start it, or set TEST_DATABASE_URL)`)
  }
  return false
}
