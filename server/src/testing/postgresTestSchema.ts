import { randomBytes } from 'node:crypto'

import pg from 'pg'

/** The PostgreSQL the tests use (trust auth on these machines); TEST_DATABASE_URL overrides it. */
export const TEST_DATABASE_URL =
  process.env.TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres'

/** Whether PostgreSQL answers at `url` within a few seconds. */
export async function postgresReachable(url = TEST_DATABASE_URL): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3_000 })
  client.on('error', () => {})
  try {
    await client.connect()
    await client.query('SELECT 1')
    return true
  } catch {
    return false
  } finally {
    await client.end().catch(() => {})
  }
}

export interface TestSchema {
  name: string
  /** TEST_DATABASE_URL with this schema as the search path of every connection made with it. */
  url: string
  drop(): Promise<void>
}

/** A fresh, empty schema (bd_test_<random>) for one test, dropped with everything in it. */
export async function createTestSchema(): Promise<TestSchema> {
  const name = `bd_test_${randomBytes(6).toString('hex')}`
  await adminQuery(`CREATE SCHEMA ${name}`)
  const url = new URL(TEST_DATABASE_URL)
  url.searchParams.set('options', `-c search_path=${name}`)
  return {
    name,
    url: url.toString(),
    drop: async () => {
      await adminQuery(`DROP SCHEMA IF EXISTS ${name} CASCADE`)
    },
  }
}

/** Runs one statement on a connection of its own (outside any store's pool). */
export async function adminQuery<R extends pg.QueryResultRow = pg.QueryResultRow>(
  sql: string,
  values: unknown[] = [],
  url = TEST_DATABASE_URL,
): Promise<pg.QueryResult<R>> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return await client.query<R>(sql, values)
  } finally {
    await client.end()
  }
}
