import pg from 'pg'
import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'

import { adminQuery, createTestSchema } from '../testing/postgresTestSchema.ts'
import { requirePostgres } from '../testing/requirePostgres.ts'
import type { TestSchema } from '../testing/postgresTestSchema.ts'
import { applyStoredDoc } from './applyStoredDoc.ts'
import { POSTGRES_MIGRATIONS } from './postgresMigrations.ts'
import { PostgresStore } from './PostgresStore.ts'
import { storeContract } from './storeContract.ts'

const available = await requirePostgres('PostgresStore tests')

if (available) {
  // Each test gets its own schema; stores opened on it share it, as instances share a database.
  storeContract('PostgresStore', async () => {
    const schema = await createTestSchema()
    return { open: () => PostgresStore.open(schema.url, { poolSize: 4 }), dispose: schema.drop }
  })
}

describe.skipIf(!available)('PostgresStore on PostgreSQL', () => {
  const cleanups: (() => Promise<void>)[] = []
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
  })
  async function schema(): Promise<TestSchema> {
    const created = await createTestSchema()
    cleanups.push(created.drop)
    return created
  }
  async function open(url: string): Promise<PostgresStore> {
    const store = await PostgresStore.open(url, { poolSize: 4 })
    cleanups.push(() => store.close())
    return store
  }
  async function connect(url: string): Promise<pg.Client> {
    const client = new pg.Client({ connectionString: url })
    await client.connect()
    cleanups.push(() => client.end())
    return client
  }
  async function boardIn(store: PostgresStore, id = 'board-pg-aaaaaaaaaaa'): Promise<string> {
    await store.createBoard(
      {
        id,
        title: 'Tavle',
        templateId: 'blank',
        locale: 'nb',
        editKeyHash: 'e'.repeat(64),
        viewKeyHash: 'v'.repeat(64),
        createdAt: new Date().toISOString(),
      },
      Y.encodeStateAsUpdate(new Y.Doc()),
    )
    return id
  }

  it('migrates once when several instances start at the same moment, and again finds nothing to do', async () => {
    const { url, name } = await schema()
    await Promise.all(Array.from({ length: 4 }, () => open(url)))
    const versions = await adminQuery<{ version: number }>(
      `SELECT version FROM ${name}.schema_migrations ORDER BY version`,
    )
    expect(versions.rows.map((row) => row.version)).toEqual(POSTGRES_MIGRATIONS.map((_, i) => i + 1))
    const later = await open(url)
    expect(await later.ping()).toBe(true)
    expect((await adminQuery(`SELECT 1 FROM ${name}.schema_migrations`)).rowCount).toBe(
      POSTGRES_MIGRATIONS.length,
    )
  })

  it('skips a compaction while another instance holds the board’s lock, and compacts once it is free', async () => {
    const { url } = await schema()
    const store = await open(url)
    const boardId = await boardIn(store)
    await store.appendUpdate(boardId, Y.encodeStateAsUpdate(docWith('a')))

    const other = await connect(url)
    await other.query('BEGIN')
    await other.query(
      `SELECT pg_advisory_xact_lock($1, hashtext(coalesce(current_schema(), '') || ':' || $2))`,
      [0x42_44_43_50, boardId],
    )
    expect(await store.compact(boardId)).toEqual({ compacted: false, rows: 0, snapshotBytes: 0 })
    expect((await store.loadDoc(boardId)).updates).toHaveLength(1)
    await other.query('COMMIT')

    expect(await store.compact(boardId)).toMatchObject({ compacted: true, rows: 1 })
    expect((await store.loadDoc(boardId)).updates).toHaveLength(0)
  })

  it('leaves a row another instance has not committed yet, even with a lower seq than rows it folds', async () => {
    const { url } = await schema()
    const store = await open(url)
    const boardId = await boardIn(store)
    const other = await connect(url)
    await other.query('BEGIN')
    await other.query('INSERT INTO board_updates (board_id, data) VALUES ($1, $2)', [
      boardId,
      Y.encodeStateAsUpdate(docWith('slow')),
    ])
    await store.appendUpdate(boardId, Y.encodeStateAsUpdate(docWith('fast')))

    expect(await store.compact(boardId)).toMatchObject({ compacted: true, rows: 1 })
    await other.query('COMMIT')
    const stored = await store.loadDoc(boardId)
    expect(stored.updates).toHaveLength(1)
    expect(itemsOf(stored).sort()).toEqual(['fast', 'slow'])
  })

  it('keeps working after the database drops its connections (a restart), and pings true again', async () => {
    const { url, name } = await schema()
    // Named, so only this store's connections are ended (other tests share the server).
    const named = new URL(url)
    named.searchParams.set('application_name', name)
    const store = await open(named.toString())
    const boardId = await boardIn(store)
    await Promise.all([store.ping(), store.ping(), store.ping()]) // several pooled connections
    const ended = await adminQuery(
      'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1',
      [name],
    )
    expect(ended.rowCount).toBeGreaterThan(0)
    await new Promise((resolve) => setTimeout(resolve, 100))
    // A query on a connection that died unnoticed may fail once; the pool replaces it.
    let up = false
    for (let i = 0; i < 5 && !up; i++) up = await store.ping()
    expect(up).toBe(true)
    await store.appendUpdate(boardId, Y.encodeStateAsUpdate(docWith('after')))
    expect(itemsOf(await store.loadDoc(boardId))).toEqual(['after'])
  })

  it('refuses to open when PostgreSQL does not answer, and says why', async () => {
    await expect(
      PostgresStore.open('postgres://postgres@127.0.0.1:1/postgres?connect_timeout=2'),
    ).rejects.toThrow(/ECONNREFUSED|connect/)
  })
})

function docWith(value: string): Y.Doc {
  const doc = new Y.Doc()
  doc.getArray<string>('items').push([value])
  return doc
}

function itemsOf(stored: Parameters<typeof applyStoredDoc>[1]): string[] {
  const doc = new Y.Doc()
  applyStoredDoc(doc, stored)
  return doc.getArray<string>('items').toArray()
}
