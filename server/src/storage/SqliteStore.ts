import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import type { StatementSync } from 'node:sqlite'

import type { Locale, WorkshopMessage } from '@bordduk/shared'

import { foldStoredDoc } from './foldStoredDoc.ts'
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

const SCHEMA_SQL = `
CREATE TABLE IF NOT EXISTS boards (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  template_id TEXT NOT NULL,
  locale TEXT NOT NULL,
  edit_key_hash TEXT NOT NULL,
  view_key_hash TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS board_snapshots (
  board_id TEXT PRIMARY KEY REFERENCES boards(id) ON DELETE CASCADE,
  data BLOB NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS board_updates (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  board_id TEXT NOT NULL REFERENCES boards(id) ON DELETE CASCADE,
  data BLOB NOT NULL
);
CREATE INDEX IF NOT EXISTS board_updates_by_board ON board_updates (board_id, seq);
CREATE TABLE IF NOT EXISTS workshops (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  template_id TEXT NOT NULL,
  locale TEXT NOT NULL,
  facilitator_key_hash TEXT NOT NULL,
  created_at TEXT NOT NULL
);
`

/** Changes to a database made by an earlier version, in order; PRAGMA user_version counts them. */
const MIGRATIONS = [
  `ALTER TABLE boards ADD COLUMN workshop_id TEXT REFERENCES workshops(id);
   ALTER TABLE boards ADD COLUMN group_index INTEGER;
   ALTER TABLE boards ADD COLUMN key_generation INTEGER NOT NULL DEFAULT 0;
   CREATE INDEX IF NOT EXISTS boards_by_workshop ON boards (workshop_id, group_index);`,
  `CREATE TABLE board_versions (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     board_id TEXT NOT NULL REFERENCES boards(id) ON DELETE CASCADE,
     name TEXT NOT NULL,
     created_at TEXT NOT NULL,
     data BLOB NOT NULL
   );
   CREATE INDEX board_versions_by_board ON board_versions (board_id, id);`,
  `CREATE TABLE templates (
     id TEXT PRIMARY KEY,
     data TEXT NOT NULL,
     owner_key_hash TEXT NOT NULL,
     created_at TEXT NOT NULL,
     updated_at TEXT NOT NULL
   );`,
  // A group board's own facilitator key (so the dashboard key stays out of board links), the
  // messages a facilitator sent, and the hashes of replaced links (to say so when one is used).
  `ALTER TABLE boards ADD COLUMN facilitator_key_hash TEXT;
   CREATE TABLE workshop_messages (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
     text TEXT NOT NULL,
     sent_at INTEGER NOT NULL
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
     updated_at TEXT NOT NULL,
     PRIMARY KEY (owner_id, name)
   );`,
]

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

interface WorkshopDbRow {
  id: string
  title: string
  template_id: string
  locale: string
  facilitator_key_hash: string
  created_at: string
}

export interface SqliteStoreOptions {
  /** `NORMAL` survives a process crash (WAL); `FULL` also survives power loss, at a cost. */
  synchronous?: 'NORMAL' | 'FULL'
}

/** The embedded store: one SQLite file through Node's built-in `node:sqlite`. */
export class SqliteStore implements Store {
  private readonly db: DatabaseSync
  private readonly statements: {
    insertBoard: StatementSync
    insertSnapshot: StatementSync
    getBoard: StatementSync
    setBoardLocale: StatementSync
    setBoardKeys: StatementSync
    retireKey: StatementSync
    isRetiredKey: StatementSync
    insertMessage: StatementSync
    listMessages: StatementSync
    insertWorkshop: StatementSync
    getWorkshop: StatementSync
    workshopBoards: StatementSync
    insertVersion: StatementSync
    insertTemplate: StatementSync
    getTemplate: StatementSync
    listTemplates: StatementSync
    updateTemplate: StatementSync
    deleteTemplate: StatementSync
    listVersions: StatementSync
    getVersion: StatementSync
    getSnapshot: StatementSync
    getUpdates: StatementSync
    appendUpdate: StatementSync
    upsertSnapshot: StatementSync
    deleteUpdates: StatementSync
    getPrivate: StatementSync
    setPrivate: StatementSync
    deletePrivate: StatementSync
    listPrivate: StatementSync
  }

  constructor(file: string, options: SqliteStoreOptions = {}) {
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true })
    this.db = new DatabaseSync(file)
    this.db.exec(`PRAGMA journal_mode = WAL; PRAGMA synchronous = ${options.synchronous ?? 'NORMAL'};
      PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000;`)
    this.db.exec(SCHEMA_SQL)
    this.migrate()
    this.statements = {
      insertBoard: this.db.prepare(
        `INSERT INTO boards (id, title, template_id, locale, edit_key_hash, view_key_hash, created_at,
           workshop_id, group_index, key_generation, facilitator_key_hash)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      insertSnapshot: this.db.prepare(
        'INSERT INTO board_snapshots (board_id, data, updated_at) VALUES (?, ?, ?)',
      ),
      getBoard: this.db.prepare('SELECT * FROM boards WHERE id = ?'),
      setBoardLocale: this.db.prepare('UPDATE boards SET locale = ? WHERE id = ?'),
      setBoardKeys: this.db.prepare(
        `UPDATE boards SET edit_key_hash = ?, view_key_hash = ?, key_generation = ?,
           facilitator_key_hash = ? WHERE id = ?`,
      ),
      retireKey: this.db.prepare(
        'INSERT OR IGNORE INTO retired_board_keys (board_id, key_hash) VALUES (?, ?)',
      ),
      isRetiredKey: this.db.prepare('SELECT 1 FROM retired_board_keys WHERE board_id = ? AND key_hash = ?'),
      insertMessage: this.db.prepare(
        'INSERT INTO workshop_messages (workshop_id, text, sent_at) VALUES (?, ?, ?)',
      ),
      listMessages: this.db.prepare(
        'SELECT text, sent_at FROM workshop_messages WHERE workshop_id = ? ORDER BY id DESC LIMIT ?',
      ),
      insertWorkshop: this.db.prepare(
        `INSERT INTO workshops (id, title, template_id, locale, facilitator_key_hash, created_at)
         VALUES (?, ?, ?, ?, ?, ?)`,
      ),
      getWorkshop: this.db.prepare('SELECT * FROM workshops WHERE id = ?'),
      workshopBoards: this.db.prepare('SELECT * FROM boards WHERE workshop_id = ? ORDER BY group_index'),
      insertVersion: this.db.prepare(
        'INSERT INTO board_versions (board_id, name, created_at, data) VALUES (?, ?, ?, ?) RETURNING id',
      ),
      listVersions: this.db.prepare(
        'SELECT id, name, created_at FROM board_versions WHERE board_id = ? ORDER BY id DESC',
      ),
      getVersion: this.db.prepare('SELECT data FROM board_versions WHERE board_id = ? AND id = ?'),
      insertTemplate: this.db.prepare(
        'INSERT INTO templates (id, data, owner_key_hash, created_at, updated_at) VALUES (?, ?, ?, ?, ?)',
      ),
      getTemplate: this.db.prepare('SELECT * FROM templates WHERE id = ?'),
      listTemplates: this.db.prepare('SELECT * FROM templates ORDER BY created_at'),
      updateTemplate: this.db.prepare('UPDATE templates SET data = ?, updated_at = ? WHERE id = ?'),
      deleteTemplate: this.db.prepare('DELETE FROM templates WHERE id = ?'),
      getSnapshot: this.db.prepare('SELECT data FROM board_snapshots WHERE board_id = ?'),
      getUpdates: this.db.prepare('SELECT seq, data FROM board_updates WHERE board_id = ? ORDER BY seq'),
      appendUpdate: this.db.prepare('INSERT INTO board_updates (board_id, data) VALUES (?, ?) RETURNING seq'),
      upsertSnapshot: this.db.prepare(
        `INSERT INTO board_snapshots (board_id, data, updated_at) VALUES (?, ?, ?)
         ON CONFLICT (board_id) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at`,
      ),
      // Exactly the rows a compaction read, passed as a JSON array of seqs.
      deleteUpdates: this.db.prepare(
        'DELETE FROM board_updates WHERE board_id = ? AND seq IN (SELECT value FROM json_each(?))',
      ),
      getPrivate: this.db.prepare('SELECT json FROM private_state WHERE owner_id = ? AND name = ?'),
      setPrivate: this.db.prepare(
        `INSERT INTO private_state (owner_id, name, json, updated_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (owner_id, name) DO UPDATE SET json = excluded.json, updated_at = excluded.updated_at`,
      ),
      deletePrivate: this.db.prepare('DELETE FROM private_state WHERE owner_id = ? AND name = ?'),
      // substr, not LIKE: a name may hold % or _.
      listPrivate: this.db.prepare(
        `SELECT name, json FROM private_state WHERE owner_id = ? AND substr(name, 1, length(?)) = ?
         ORDER BY name`,
      ),
    }
  }

  async createBoard(board: BoardRow, initialState: Uint8Array): Promise<void> {
    this.transaction(() => {
      this.insertBoard(board, initialState)
    })
  }

  async createWorkshop(workshop: WorkshopRow, boards: { board: BoardRow; initialState: Uint8Array }[]) {
    this.transaction(() => {
      this.statements.insertWorkshop.run(
        workshop.id,
        workshop.title,
        workshop.templateId,
        workshop.locale,
        workshop.facilitatorKeyHash,
        workshop.createdAt,
      )
      for (const { board, initialState } of boards) this.insertBoard(board, initialState)
    })
  }

  async getWorkshop(id: string): Promise<WorkshopRow | undefined> {
    const row = this.statements.getWorkshop.get(id) as WorkshopDbRow | undefined
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
    return (this.statements.workshopBoards.all(workshopId) as unknown as BoardDbRow[]).map(toBoardRow)
  }

  async saveVersion(boardId: string, name: string, data: Uint8Array): Promise<BoardVersion> {
    const createdAt = new Date().toISOString()
    const { id } = this.statements.insertVersion.get(boardId, name, createdAt, data) as { id: number }
    return { id, name, createdAt }
  }

  async listVersions(boardId: string): Promise<BoardVersion[]> {
    const rows = this.statements.listVersions.all(boardId) as {
      id: number
      name: string
      created_at: string
    }[]
    return rows.map((r) => ({ id: r.id, name: r.name, createdAt: r.created_at }))
  }

  async getVersionData(boardId: string, versionId: number): Promise<Uint8Array | undefined> {
    const row = this.statements.getVersion.get(boardId, versionId) as { data: Uint8Array } | undefined
    return row && new Uint8Array(row.data)
  }

  async createTemplate(row: CustomTemplateRow): Promise<void> {
    this.statements.insertTemplate.run(row.id, row.data, row.ownerKeyHash, row.createdAt, row.updatedAt)
  }

  async getTemplate(id: string): Promise<CustomTemplateRow | undefined> {
    const row = this.statements.getTemplate.get(id) as TemplateDbRow | undefined
    return row && toTemplateRow(row)
  }

  async listCustomTemplates(): Promise<CustomTemplateRow[]> {
    return (this.statements.listTemplates.all() as unknown as TemplateDbRow[]).map(toTemplateRow)
  }

  async updateTemplate(id: string, data: string): Promise<void> {
    this.statements.updateTemplate.run(data, new Date().toISOString(), id)
  }

  async deleteTemplate(id: string): Promise<void> {
    this.statements.deleteTemplate.run(id)
  }

  async setBoardKeys(id: string, keys: BoardKeyHashes, options: { retireOld?: boolean } = {}) {
    this.transaction(() => {
      const old = this.statements.getBoard.get(id) as BoardDbRow | undefined
      if (old && options.retireOld) {
        for (const hash of [old.edit_key_hash, old.view_key_hash, old.facilitator_key_hash]) {
          if (hash) this.statements.retireKey.run(id, hash)
        }
      }
      this.statements.setBoardKeys.run(
        keys.editKeyHash,
        keys.viewKeyHash,
        keys.keyGeneration,
        keys.facilitatorKeyHash ?? null,
        id,
      )
    })
  }

  async isRetiredKey(boardId: string, keyHash: string): Promise<boolean> {
    return this.statements.isRetiredKey.get(boardId, keyHash) !== undefined
  }

  async addWorkshopMessage(workshopId: string, message: WorkshopMessage): Promise<void> {
    this.statements.insertMessage.run(workshopId, message.text, message.sentAt)
  }

  async listWorkshopMessages(workshopId: string, limit: number): Promise<WorkshopMessage[]> {
    const rows = this.statements.listMessages.all(workshopId, limit) as { text: string; sent_at: number }[]
    return rows.map((r) => ({ text: r.text, sentAt: r.sent_at }))
  }

  private insertBoard(board: BoardRow, initialState: Uint8Array): void {
    this.statements.insertBoard.run(
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
    )
    this.statements.insertSnapshot.run(board.id, initialState, new Date().toISOString())
  }

  private migrate(): void {
    const { user_version: version } = this.db.prepare('PRAGMA user_version').get() as { user_version: number }
    for (let i = version; i < MIGRATIONS.length; i++) {
      this.transaction(() => {
        this.db.exec(MIGRATIONS[i]!)
        this.db.exec(`PRAGMA user_version = ${i + 1}`)
      })
    }
  }

  async getBoard(id: string): Promise<BoardRow | undefined> {
    const row = this.statements.getBoard.get(id) as BoardDbRow | undefined
    return row && toBoardRow(row)
  }

  async setBoardLocale(id: string, locale: Locale): Promise<void> {
    this.statements.setBoardLocale.run(locale, id)
  }

  async getPrivateState(ownerId: string, name: string): Promise<string | undefined> {
    const row = this.statements.getPrivate.get(ownerId, name) as { json: string } | undefined
    return row?.json
  }

  async setPrivateState(ownerId: string, name: string, json: string | null): Promise<void> {
    if (json === null) this.statements.deletePrivate.run(ownerId, name)
    else this.statements.setPrivate.run(ownerId, name, json, new Date().toISOString())
  }

  async updatePrivateState(
    ownerId: string,
    name: string,
    change: (json: string | undefined) => string | null,
  ): Promise<void> {
    // BEGIN IMMEDIATE takes the write lock first: no other connection reads in between.
    this.transaction(() => {
      const row = this.statements.getPrivate.get(ownerId, name) as { json: string } | undefined
      const next = change(row?.json)
      if (next === null) this.statements.deletePrivate.run(ownerId, name)
      else this.statements.setPrivate.run(ownerId, name, next, new Date().toISOString())
    })
  }

  async listPrivateState(ownerId: string, namePrefix: string): Promise<PrivateStateRow[]> {
    const rows = this.statements.listPrivate.all(ownerId, namePrefix, namePrefix) as {
      name: string
      json: string
    }[]
    return rows.map((row) => ({ name: row.name, json: row.json }))
  }

  async loadDoc(boardId: string): Promise<StoredDoc> {
    // One read transaction, so a compaction cannot slip between the snapshot and the log.
    return this.transaction(() => {
      const snapshotRow = this.statements.getSnapshot.get(boardId) as { data: Uint8Array } | undefined
      const rows = this.statements.getUpdates.all(boardId) as { seq: number; data: Uint8Array }[]
      return {
        snapshot: snapshotRow ? new Uint8Array(snapshotRow.data) : null,
        updates: rows.map((row) => new Uint8Array(row.data)),
        lastSeq: rows.length > 0 ? rows[rows.length - 1]!.seq : 0,
      }
    })
  }

  async appendUpdate(boardId: string, update: Uint8Array): Promise<number> {
    const row = this.statements.appendUpdate.get(boardId, update) as { seq: number }
    return row.seq
  }

  async compact(boardId: string, options: CompactOptions = {}): Promise<CompactionResult> {
    // BEGIN IMMEDIATE takes the file's write lock, so another process cannot append or compact
    // between reading the rows and deleting them: two compactions of one board never overlap.
    return this.transaction(() => {
      const snapshotRow = this.statements.getSnapshot.get(boardId) as { data: Uint8Array } | undefined
      const rows = this.statements.getUpdates.all(boardId) as { seq: number; data: Uint8Array }[]
      if (rows.length === 0 && !options.dropUnplaceable)
        return { compacted: true, rows: 0, snapshotBytes: snapshotRow?.data.byteLength ?? 0 }
      const snapshot = foldStoredDoc(
        snapshotRow ? new Uint8Array(snapshotRow.data) : null,
        rows.map((row) => new Uint8Array(row.data)),
        options,
      )
      this.statements.upsertSnapshot.run(boardId, snapshot, new Date().toISOString())
      this.statements.deleteUpdates.run(boardId, JSON.stringify(rows.map((row) => row.seq)))
      return { compacted: true, rows: rows.length, snapshotBytes: snapshot.byteLength }
    })
  }

  async ping(): Promise<boolean> {
    return this.db.isOpen
  }

  async close(): Promise<void> {
    if (this.db.isOpen) this.db.close()
  }

  private transaction<T>(work: () => T): T {
    this.db.exec('BEGIN IMMEDIATE')
    try {
      const result = work()
      this.db.exec('COMMIT')
      return result
    } catch (error) {
      this.db.exec('ROLLBACK')
      throw error
    }
  }
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

interface TemplateDbRow {
  id: string
  data: string
  owner_key_hash: string
  created_at: string
  updated_at: string
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
