import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { afterEach, describe, expect, it } from 'vitest'

import { SqliteStore } from './SqliteStore.ts'
import type { BoardRow } from './Store.ts'

const dirs: string[] = []
function tempFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'bordduk-store-'))
  dirs.push(dir)
  return join(dir, 'nested', 'bordduk.sqlite')
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

const board: BoardRow = {
  id: 'board-aaaaaaaaaaaaaa',
  title: 'Behov i helse',
  templateId: 'blank',
  locale: 'nb',
  editKeyHash: 'e'.repeat(64),
  viewKeyHash: 'v'.repeat(64),
  createdAt: '2026-11-24T10:00:00.000Z',
}

describe('SqliteStore', () => {
  it('keeps a board, its snapshot and its update log across reopening the file', async () => {
    const file = tempFile()
    const store = new SqliteStore(file)
    await store.createBoard(board, Uint8Array.of(1, 2, 3))
    expect(await store.appendUpdate(board.id, Uint8Array.of(4))).toBeGreaterThan(0)
    await store.appendUpdate(board.id, Uint8Array.of(5, 6))
    await store.close()

    const reopened = new SqliteStore(file)
    expect(await reopened.getBoard(board.id)).toEqual({
      ...board,
      workshopId: null,
      groupIndex: null,
      keyGeneration: 0,
      facilitatorKeyHash: null,
    })
    const doc = await reopened.loadDoc(board.id)
    expect(doc.snapshot).toEqual(Uint8Array.of(1, 2, 3))
    expect(doc.updates).toEqual([Uint8Array.of(4), Uint8Array.of(5, 6)])
    expect(doc.lastSeq).toBeGreaterThan(0)
    await reopened.close()
  })

  it('compacts atomically: new snapshot, only the covered updates removed', async () => {
    const store = new SqliteStore(tempFile())
    await store.createBoard(board, Uint8Array.of(1))
    await store.appendUpdate(board.id, Uint8Array.of(2))
    const covered = await store.appendUpdate(board.id, Uint8Array.of(3))
    await store.appendUpdate(board.id, Uint8Array.of(4)) // arrives after the snapshot was taken
    await store.compact(board.id, Uint8Array.of(9, 9), covered)
    const doc = await store.loadDoc(board.id)
    expect(doc.snapshot).toEqual(Uint8Array.of(9, 9))
    expect(doc.updates).toEqual([Uint8Array.of(4)])
    await store.close()
  })

  it('answers undefined for an unknown board and refuses updates for it', async () => {
    const store = new SqliteStore(tempFile())
    expect(await store.getBoard('nope-nope-nope-nope')).toBeUndefined()
    await expect(store.appendUpdate('nope-nope-nope-nope', Uint8Array.of(1))).rejects.toThrow(/FOREIGN KEY/)
    await store.close()
  })

  it('rejects a duplicate board id without touching the first', async () => {
    const store = new SqliteStore(tempFile())
    await store.createBoard(board, Uint8Array.of(1))
    await expect(store.createBoard({ ...board, title: 'other' }, Uint8Array.of(2))).rejects.toThrow()
    expect((await store.getBoard(board.id))?.title).toBe('Behov i helse')
    expect((await store.loadDoc(board.id)).snapshot).toEqual(Uint8Array.of(1))
    await store.close()
  })

  it('remembers replaced key hashes on a rotation, and lists a workshop’s messages newest first', async () => {
    const store = new SqliteStore(tempFile())
    const workshop = {
      id: 'workshop-aaaaaaaaaaa',
      title: 'Oppstart',
      templateId: 'blank',
      locale: 'nb' as const,
      facilitatorKeyHash: 'f'.repeat(64),
      createdAt: board.createdAt,
    }
    const group = { ...board, workshopId: workshop.id, groupIndex: 0, facilitatorKeyHash: 'a'.repeat(64) }
    await store.createWorkshop(workshop, [{ board: group, initialState: Uint8Array.of(1) }])
    const next = { editKeyHash: '1'.repeat(64), viewKeyHash: '2'.repeat(64), keyGeneration: 1 }
    await store.setBoardKeys(board.id, { ...next, facilitatorKeyHash: '3'.repeat(64) }, { retireOld: true })
    expect(await store.getBoard(board.id)).toMatchObject({ ...next, facilitatorKeyHash: '3'.repeat(64) })
    for (const hash of [board.editKeyHash, board.viewKeyHash, 'a'.repeat(64)])
      expect(await store.isRetiredKey(board.id, hash)).toBe(true)
    expect(await store.isRetiredKey(board.id, '1'.repeat(64))).toBe(false)

    for (const [i, text] of ['én', 'to', 'tre'].entries())
      await store.addWorkshopMessage(workshop.id, { text, sentAt: i })
    expect(await store.listWorkshopMessages(workshop.id, 2)).toEqual([
      { text: 'tre', sentAt: 2 },
      { text: 'to', sentAt: 1 },
    ])
    await store.close()
  })

  it('keeps private state per owner and name, lists it by prefix (a % in the prefix is no wildcard), deletes it', async () => {
    const file = tempFile()
    const store = new SqliteStore(file)
    await store.setPrivateState('board-a', 'drafts/1', '{"n":1}')
    await store.setPrivateState('board-a', 'drafts/2', '{"n":2}')
    await store.setPrivateState('board-a', 'drafts%x', '{"n":3}')
    await store.setPrivateState('board-b', 'drafts/1', '{"other":true}')
    await store.setPrivateState('board-a', 'drafts/1', '{"n":10}')
    expect(await store.getPrivateState('board-a', 'drafts/1')).toBe('{"n":10}')
    expect(await store.getPrivateState('board-a', 'nothing')).toBeUndefined()
    expect(await store.listPrivateState('board-a', 'drafts/')).toEqual([
      { name: 'drafts/1', json: '{"n":10}' },
      { name: 'drafts/2', json: '{"n":2}' },
    ])
    expect((await store.listPrivateState('board-a', 'drafts%')).map((row) => row.name)).toEqual(['drafts%x'])
    await store.setPrivateState('board-a', 'drafts/2', null)
    await store.close()

    const reopened = new SqliteStore(file)
    expect((await reopened.listPrivateState('board-a', '')).map((row) => row.name)).toEqual([
      'drafts%x',
      'drafts/1',
    ])
    await reopened.close()
  })
})
