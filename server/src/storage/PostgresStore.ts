import pg from 'pg'

import type { Locale, WorkshopMessage } from '@bordduk/shared'

import type { Logger } from '../logger.ts'
import { foldStoredDoc } from './foldStoredDoc.ts'
import { migratePostgres } from './postgresMigrations.ts'
import type {
  BoardKeyHashes,
  BoardRow,
  BoardVersion,
  CompactionResult,
  CompactOptions,
  CustomTemplateRow,
  PrivateStateRow,
  Store,
  StoredDoc,
  WorkshopRow,
} from './Store.ts'

export const DEFAULT_POSTGRES_POOL_SIZE = 10
/** How long /healthz waits for the database before calling it unreachable. */
const PING_TIMEOUT_MS = 2_000
/**
 * First half of a compaction's two-int advisory lock key (the second is the board's hash), so it
 * cannot meet the one-bigint keys of migrations or anybody else's locks.
 */
const COMPACTION_LOCK_CLASS = 0x42_44_43_50 // "BDCP"

export interface PostgresStoreOptions {
  /** Connections kept by this instance (pg.Pool `max`). */
  poolSize?: number
  /** Idle or broken pooled connections are reported here instead of crashing the process. */
  logger?: Pick<Logger, 'warn'>
}

interface BoardDbRow {
  id: string
  title: string
  template_id: string
  locale: string
  edit_key_hash: string
  view_key_hash: string
  created_at: string
  workshop_id: string | null
  group_index: number | null
  key_generation: number
  facilitator_key_hash: string | null
}

interface TemplateDbRow {
  id: string
  data: string
  owner_key_hash: string
  created_at: string
  updated_at: string
}

/**
 * The shared store for several instances: PostgreSQL through `pg`. Every write is one
 * auto-committed statement or an explicit transaction, so a resolved promise means committed.
 * Open it with {@link PostgresStore.open}, which applies the migrations first.
 */
export class PostgresStore implements Store {
  private readonly pool: pg.Pool

  private constructor(pool: pg.Pool) {
    this.pool = pool
  }

  /** Connects, migrates the schema (waiting for another instance doing the same), and answers the store. */
  static async open(connectionString: string, options: PostgresStoreOptions = {}): Promise<PostgresStore> {
    const pool = new pg.Pool({
      connectionString,
      max: options.poolSize ?? DEFAULT_POSTGRES_POOL_SIZE,
      connectionTimeoutMillis: 10_000,
      idleTimeoutMillis: 30_000,
    })
    // Without a listener, a pooled connection dropped by the server (restart, failover) would
    // crash the process; the pool replaces it on the next query.
    pool.on('error', (error) => options.logger?.warn({ err: error }, 'PostgreSQL connection lost'))
    try {
      const client = await pool.connect()
      let broken: Error | undefined
      try {
        await migratePostgres(client)
      } catch (error) {
        broken = error instanceof Error ? error : new Error(String(error))
        throw error
      } finally {
        // A connection that failed mid-migration may still hold the lock: destroy it.
        client.release(broken)
      }
    } catch (error) {
      await pool.end()
      throw error
    }
    return new PostgresStore(pool)
  }

  async createBoard(board: BoardRow, initialState: Uint8Array): Promise<void> {
    await this.transaction((client) => insertBoard(client, board, initialState))
  }

  async getBoard(id: string): Promise<BoardRow | undefined> {
    const { rows } = await this.pool.query<BoardDbRow>('SELECT * FROM boards WHERE id = $1', [id])
    return rows[0] && toBoardRow(rows[0])
  }

  async createWorkshop(workshop: WorkshopRow, boards: { board: BoardRow; initialState: Uint8Array }[]) {
    await this.transaction(async (client) => {
      await client.query(
        `INSERT INTO workshops (id, title, template_id, locale, facilitator_key_hash, created_at)
         VALUES ($1, $2, $3, $4, $5, $6)`,
        [
          workshop.id,
          workshop.title,
          workshop.templateId,
          workshop.locale,
          workshop.facilitatorKeyHash,
          workshop.createdAt,
        ],
      )
      for (const { board, initialState } of boards) await insertBoard(client, board, initialState)
    })
  }

  async getWorkshop(id: string): Promise<WorkshopRow | undefined> {
    const { rows } = await this.pool.query<{
      id: string
      title: string
      template_id: string
      locale: string
      facilitator_key_hash: string
      created_at: string
    }>('SELECT * FROM workshops WHERE id = $1', [id])
    const row = rows[0]
    if (!row) return undefined
    return {
      id: row.id,
      title: row.title,
      templateId: row.template_id,
      locale: row.locale as Locale,
      facilitatorKeyHash: row.facilitator_key_hash,
      createdAt: row.created_at,
    }
  }

  async workshopBoards(workshopId: string): Promise<BoardRow[]> {
    const { rows } = await this.pool.query<BoardDbRow>(
      'SELECT * FROM boards WHERE workshop_id = $1 ORDER BY group_index',
      [workshopId],
    )
    return rows.map(toBoardRow)
  }

  async saveVersion(boardId: string, name: string, data: Uint8Array): Promise<BoardVersion> {
    const createdAt = new Date().toISOString()
    const { rows } = await this.pool.query<{ id: string }>(
      'INSERT INTO board_versions (board_id, name, created_at, data) VALUES ($1, $2, $3, $4) RETURNING id',
      [boardId, name, createdAt, data],
    )
    return { id: Number(rows[0]!.id), name, createdAt }
  }

  async listVersions(boardId: string): Promise<BoardVersion[]> {
    const { rows } = await this.pool.query<{ id: string; name: string; created_at: string }>(
      'SELECT id, name, created_at FROM board_versions WHERE board_id = $1 ORDER BY id DESC',
      [boardId],
    )
    return rows.map((r) => ({ id: Number(r.id), name: r.name, createdAt: r.created_at }))
  }

  async getVersionData(boardId: string, versionId: number): Promise<Uint8Array | undefined> {
    const { rows } = await this.pool.query<{ data: Buffer }>(
      'SELECT data FROM board_versions WHERE board_id = $1 AND id = $2',
      [boardId, versionId],
    )
    return rows[0] && bytes(rows[0].data)
  }

  async createTemplate(row: CustomTemplateRow): Promise<void> {
    await this.pool.query(
      'INSERT INTO templates (id, data, owner_key_hash, created_at, updated_at) VALUES ($1, $2, $3, $4, $5)',
      [row.id, row.data, row.ownerKeyHash, row.createdAt, row.updatedAt],
    )
  }

  async getTemplate(id: string): Promise<CustomTemplateRow | undefined> {
    const { rows } = await this.pool.query<TemplateDbRow>('SELECT * FROM templates WHERE id = $1', [id])
    return rows[0] && toTemplateRow(rows[0])
  }

  async listCustomTemplates(): Promise<CustomTemplateRow[]> {
    const { rows } = await this.pool.query<TemplateDbRow>('SELECT * FROM templates ORDER BY created_at')
    return rows.map(toTemplateRow)
  }

  async updateTemplate(id: string, data: string): Promise<void> {
    await this.pool.query('UPDATE templates SET data = $1, updated_at = $2 WHERE id = $3', [
      data,
      new Date().toISOString(),
      id,
    ])
  }

  async deleteTemplate(id: string): Promise<void> {
    await this.pool.query('DELETE FROM templates WHERE id = $1', [id])
  }

  async setBoardKeys(id: string, keys: BoardKeyHashes, options: { retireOld?: boolean } = {}) {
    await this.transaction(async (client) => {
      // FOR UPDATE: two rotations at once must not both retire the same "old" keys.
      const { rows } = await client.query<BoardDbRow>('SELECT * FROM boards WHERE id = $1 FOR UPDATE', [id])
      const old = rows[0]
      if (old && options.retireOld) {
        for (const hash of [old.edit_key_hash, old.view_key_hash, old.facilitator_key_hash]) {
          if (!hash) continue
          await client.query(
            'INSERT INTO retired_board_keys (board_id, key_hash) VALUES ($1, $2) ON CONFLICT DO NOTHING',
            [id, hash],
          )
        }
      }
      await client.query(
        `UPDATE boards SET edit_key_hash = $1, view_key_hash = $2, key_generation = $3,
           facilitator_key_hash = $4 WHERE id = $5`,
        [keys.editKeyHash, keys.viewKeyHash, keys.keyGeneration, keys.facilitatorKeyHash ?? null, id],
      )
    })
  }

  async isRetiredKey(boardId: string, keyHash: string): Promise<boolean> {
    const { rowCount } = await this.pool.query(
      'SELECT 1 FROM retired_board_keys WHERE board_id = $1 AND key_hash = $2',
      [boardId, keyHash],
    )
    return (rowCount ?? 0) > 0
  }

  async addWorkshopMessage(workshopId: string, message: WorkshopMessage): Promise<void> {
    await this.pool.query('INSERT INTO workshop_messages (workshop_id, text, sent_at) VALUES ($1, $2, $3)', [
      workshopId,
      message.text,
      message.sentAt,
    ])
  }

  async listWorkshopMessages(workshopId: string, limit: number): Promise<WorkshopMessage[]> {
    const { rows } = await this.pool.query<{ text: string; sent_at: string }>(
      'SELECT text, sent_at FROM workshop_messages WHERE workshop_id = $1 ORDER BY id DESC LIMIT $2',
      [workshopId, limit],
    )
    return rows.map((r) => ({ text: r.text, sentAt: Number(r.sent_at) }))
  }

  async setBoardLocale(id: string, locale: Locale): Promise<void> {
    await this.pool.query('UPDATE boards SET locale = $1 WHERE id = $2', [locale, id])
  }

  async getPrivateState(ownerId: string, name: string): Promise<string | undefined> {
    const { rows } = await this.pool.query<{ json: string }>(
      'SELECT json FROM private_state WHERE owner_id = $1 AND name = $2',
      [ownerId, name],
    )
    return rows[0]?.json
  }

  async setPrivateState(ownerId: string, name: string, json: string | null): Promise<void> {
    if (json === null) {
      await this.pool.query('DELETE FROM private_state WHERE owner_id = $1 AND name = $2', [ownerId, name])
      return
    }
    await this.pool.query(
      `INSERT INTO private_state (owner_id, name, json) VALUES ($1, $2, $3)
       ON CONFLICT (owner_id, name) DO UPDATE SET json = excluded.json, updated_at = now()`,
      [ownerId, name, json],
    )
  }

  async updatePrivateState(
    ownerId: string,
    name: string,
    change: (json: string | undefined) => string | null,
  ): Promise<void> {
    await this.transaction(async (client) => {
      // An advisory lock, not FOR UPDATE: it also holds while the row does not exist yet.
      await client.query('SELECT pg_advisory_xact_lock(hashtext($1), hashtext($2))', [ownerId, name])
      const { rows } = await client.query<{ json: string }>(
        'SELECT json FROM private_state WHERE owner_id = $1 AND name = $2',
        [ownerId, name],
      )
      const next = change(rows[0]?.json)
      if (next === null) {
        await client.query('DELETE FROM private_state WHERE owner_id = $1 AND name = $2', [ownerId, name])
        return
      }
      await client.query(
        `INSERT INTO private_state (owner_id, name, json) VALUES ($1, $2, $3)
         ON CONFLICT (owner_id, name) DO UPDATE SET json = excluded.json, updated_at = now()`,
        [ownerId, name, next],
      )
    })
  }

  async listPrivateState(ownerId: string, namePrefix: string): Promise<PrivateStateRow[]> {
    // left(), not LIKE: a name may hold % or _. COLLATE "C": byte order, as SQLite sorts.
    const { rows } = await this.pool.query<PrivateStateRow>(
      `SELECT name, json FROM private_state WHERE owner_id = $1 AND left(name, length($2)) = $2
       ORDER BY name COLLATE "C"`,
      [ownerId, namePrefix],
    )
    return rows.map((row) => ({ name: row.name, json: row.json }))
  }

  async loadDoc(boardId: string): Promise<StoredDoc> {
    // One statement sees one snapshot of the database, so a compaction committing meanwhile
    // cannot make us read its new snapshot without the rows, or the old one without them.
    const { rows } = await this.pool.query<{ kind: number; seq: string; data: Buffer }>(
      `SELECT 0 AS kind, 0::bigint AS seq, data FROM board_snapshots WHERE board_id = $1
       UNION ALL
       SELECT 1, seq, data FROM board_updates WHERE board_id = $1
       ORDER BY kind, seq`,
      [boardId],
    )
    const snapshot = rows[0]?.kind === 0 ? bytes(rows[0].data) : null
    const updates = rows.filter((row) => row.kind === 1)
    return {
      snapshot,
      updates: updates.map((row) => bytes(row.data)),
      lastSeq: updates.length > 0 ? Number(updates[updates.length - 1]!.seq) : 0,
    }
  }

  async appendUpdate(boardId: string, update: Uint8Array): Promise<number> {
    // An auto-committed statement: when this resolves, the row is committed.
    const { rows } = await this.pool.query<{ seq: string }>(
      'INSERT INTO board_updates (board_id, data) VALUES ($1, $2) RETURNING seq',
      [boardId, update],
    )
    return Number(rows[0]!.seq)
  }

  async compact(boardId: string, options: CompactOptions = {}): Promise<CompactionResult> {
    return this.transaction(async (client) => {
      // Held until COMMIT/ROLLBACK; a second instance compacting this board skips instead of
      // waiting, because the first one's snapshot will do. Keyed by schema too, so separate
      // schemas sharing a database do not block each other.
      const { rows: locked } = await client.query<{ locked: boolean }>(
        `SELECT pg_try_advisory_xact_lock($1, hashtext(coalesce(current_schema(), '') || ':' || $2)) AS locked`,
        [COMPACTION_LOCK_CLASS, boardId],
      )
      if (!locked[0]?.locked) return { compacted: false, rows: 0, snapshotBytes: 0 }
      const { rows: snapshotRows } = await client.query<{ data: Buffer }>(
        'SELECT data FROM board_snapshots WHERE board_id = $1',
        [boardId],
      )
      const previous = snapshotRows[0] ? bytes(snapshotRows[0].data) : null
      // Rows committed after this statement (or still uncommitted) are neither read nor deleted.
      const { rows } = await client.query<{ seq: string; data: Buffer }>(
        'SELECT seq, data FROM board_updates WHERE board_id = $1 ORDER BY seq',
        [boardId],
      )
      if (rows.length === 0 && !options.dropUnplaceable)
        return { compacted: true, rows: 0, snapshotBytes: previous?.byteLength ?? 0 }
      const snapshot = foldStoredDoc(
        previous,
        rows.map((row) => bytes(row.data)),
        options,
      )
      await client.query(
        `INSERT INTO board_snapshots (board_id, data, updated_at) VALUES ($1, $2, now())
         ON CONFLICT (board_id) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at`,
        [boardId, snapshot],
      )
      if (rows.length > 0)
        await client.query('DELETE FROM board_updates WHERE board_id = $1 AND seq = ANY($2::bigint[])', [
          boardId,
          rows.map((row) => row.seq),
        ])
      return { compacted: true, rows: rows.length, snapshotBytes: snapshot.byteLength }
    })
  }

  async ping(): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined
    const timeout = new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(false), PING_TIMEOUT_MS)
    })
    const answer = this.pool.query('SELECT 1').then(
      () => true,
      () => false,
    )
    try {
      return await Promise.race([answer, timeout])
    } finally {
      clearTimeout(timer)
    }
  }

  async close(): Promise<void> {
    if (!this.pool.ended) await this.pool.end()
  }

  private async transaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect()
    let broken: Error | undefined
    try {
      await client.query('BEGIN')
      const result = await work(client)
      await client.query('COMMIT')
      return result
    } catch (error) {
      broken = await client.query('ROLLBACK').then(
        () => undefined,
        (rollbackError: unknown) => rollbackError as Error, // the connection is gone: drop it
      )
      throw error
    } finally {
      client.release(broken)
    }
  }
}

async function insertBoard(client: pg.PoolClient, board: BoardRow, initialState: Uint8Array): Promise<void> {
  await client.query(
    `INSERT INTO boards (id, title, template_id, locale, edit_key_hash, view_key_hash, created_at,
       workshop_id, group_index, key_generation, facilitator_key_hash)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
    [
      board.id,
      board.title,
      board.templateId,
      board.locale,
      board.editKeyHash,
      board.viewKeyHash,
      board.createdAt,
      board.workshopId ?? null,
      board.groupIndex ?? null,
      board.keyGeneration ?? 0,
      board.facilitatorKeyHash ?? null,
    ],
  )
  await client.query('INSERT INTO board_snapshots (board_id, data) VALUES ($1, $2)', [board.id, initialState])
}

/** pg answers BYTEA as a Buffer; callers (and tests) expect a plain Uint8Array. */
function bytes(buffer: Buffer): Uint8Array {
  return new Uint8Array(buffer)
}

function toBoardRow(row: BoardDbRow): BoardRow {
  return {
    id: row.id,
    title: row.title,
    templateId: row.template_id,
    locale: row.locale as Locale,
    editKeyHash: row.edit_key_hash,
    viewKeyHash: row.view_key_hash,
    createdAt: row.created_at,
    workshopId: row.workshop_id,
    groupIndex: row.group_index,
    keyGeneration: row.key_generation,
    facilitatorKeyHash: row.facilitator_key_hash,
  }
}

function toTemplateRow(row: TemplateDbRow): CustomTemplateRow {
  return {
    id: row.id,
    data: row.data,
    ownerKeyHash: row.owner_key_hash,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }
}
