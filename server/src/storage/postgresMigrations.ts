import type pg from 'pg'

/**
 * The PostgreSQL schema as numbered steps, applied in order at start-up and recorded in
 * `schema_migrations`. Never edit a step that has shipped: add the next one. Same logical
 * schema as the SQLite store; `created_at` columns stay text, so the ISO strings the contract
 * hands back are exactly the ones stored.
 */
export const POSTGRES_MIGRATIONS: readonly string[] = [
  `CREATE TABLE workshops (
     id TEXT PRIMARY KEY,
     title TEXT NOT NULL,
     template_id TEXT NOT NULL,
     locale TEXT NOT NULL,
     facilitator_key_hash TEXT NOT NULL,
     created_at TEXT NOT NULL
   );
   CREATE TABLE boards (
     id TEXT PRIMARY KEY,
     title TEXT NOT NULL,
     template_id TEXT NOT NULL,
     locale TEXT NOT NULL,
     edit_key_hash TEXT NOT NULL,
     view_key_hash TEXT NOT NULL,
     created_at TEXT NOT NULL,
     workshop_id TEXT REFERENCES workshops(id),
     group_index INTEGER,
     key_generation INTEGER NOT NULL DEFAULT 0,
     facilitator_key_hash TEXT
   );
   CREATE INDEX boards_by_workshop ON boards (workshop_id, group_index);
   CREATE TABLE board_snapshots (
     board_id TEXT PRIMARY KEY REFERENCES boards(id) ON DELETE CASCADE,
     data BYTEA NOT NULL,
     updated_at TIMESTAMPTZ NOT NULL DEFAULT now()
   );
   CREATE TABLE board_updates (
     seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
     board_id TEXT NOT NULL REFERENCES boards(id) ON DELETE CASCADE,
     data BYTEA NOT NULL
   );
   CREATE INDEX board_updates_by_board ON board_updates (board_id, seq);
   CREATE TABLE board_versions (
     id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
     board_id TEXT NOT NULL REFERENCES boards(id) ON DELETE CASCADE,
     name TEXT NOT NULL,
     created_at TEXT NOT NULL,
     data BYTEA NOT NULL
   );
   CREATE INDEX board_versions_by_board ON board_versions (board_id, id);
   CREATE TABLE templates (
     id TEXT PRIMARY KEY,
     data TEXT NOT NULL,
     owner_key_hash TEXT NOT NULL,
     created_at TEXT NOT NULL,
     updated_at TEXT NOT NULL
   );
   CREATE TABLE workshop_messages (
     id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
     workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
     text TEXT NOT NULL,
     sent_at BIGINT NOT NULL
   );
   CREATE INDEX workshop_messages_by_workshop ON workshop_messages (workshop_id, id);
   CREATE TABLE retired_board_keys (
     board_id TEXT NOT NULL REFERENCES boards(id) ON DELETE CASCADE,
     key_hash TEXT NOT NULL,
     PRIMARY KEY (board_id, key_hash)
   );`,
  // No foreign key: the owner is a board or a workshop.
  `CREATE TABLE private_state (
     owner_id TEXT NOT NULL,
     name TEXT NOT NULL,
     json TEXT NOT NULL,
     updated_at TIMESTAMPTZ NOT NULL DEFAULT now(),
     PRIMARY KEY (owner_id, name)
   );`,
]

const MIGRATION_LOCK_KEY = `hashtext('bordduk migrations ' || coalesce(current_schema(), ''))`

/**
 * Applies the steps not yet recorded, each in its own transaction. A session advisory lock
 * (keyed by the schema, so separate schemas do not wait for each other) makes instances that
 * start together take turns: the second finds everything applied and does nothing.
 */
export async function migratePostgres(
  client: pg.PoolClient,
  migrations: readonly string[] = POSTGRES_MIGRATIONS,
): Promise<number[]> {
  const applied: number[] = []
  await client.query(`SELECT pg_advisory_lock(${MIGRATION_LOCK_KEY})`)
  try {
    await client.query(
      `CREATE TABLE IF NOT EXISTS schema_migrations (
         version INTEGER PRIMARY KEY,
         applied_at TIMESTAMPTZ NOT NULL DEFAULT now()
       )`,
    )
    const { rows } = await client.query<{ version: number }>('SELECT version FROM schema_migrations')
    const done = new Set(rows.map((row) => row.version))
    for (const [index, sql] of migrations.entries()) {
      const version = index + 1
      if (done.has(version)) continue
      await client.query('BEGIN')
      try {
        await client.query(sql)
        await client.query('INSERT INTO schema_migrations (version) VALUES ($1)', [version])
        await client.query('COMMIT')
      } catch (error) {
        await client.query('ROLLBACK')
        throw error
      }
      applied.push(version)
    }
  } finally {
    await client.query(`SELECT pg_advisory_unlock(${MIGRATION_LOCK_KEY})`)
  }
  return applied
}
