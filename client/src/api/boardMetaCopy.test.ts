import { describe, expect, it } from 'vitest'

import type { BoardMeta, ClientConfig } from '@bordduk/shared'

import { ApiError } from './api.ts'
import { forgetBoardMeta, openBoardMeta } from './boardMetaCopy.ts'
import type { BoardMetaSources } from './boardMetaCopy.ts'

const BOARD = 'b0ard1d000000000000000'
const KEY = 'secret-edit-key-abcdef'
const META: BoardMeta = {
  id: BOARD,
  title: 'Behovskartlegging',
  templateId: 'lup-behovskartlegging',
  locale: 'nb',
  createdAt: '2026-11-25T10:00:00.000Z',
  role: 'edit',
  inWorkshop: false,
  locales: ['nb', 'nn', 'en', 'sv'],
}
const CONFIG: ClientConfig = { tldrawLicenseKey: 'public-licence' }

/** localStorage's surface over a Map. */
function memoryStorage() {
  const items = new Map<string, string>()
  return {
    items,
    getItem: (name: string) => items.get(name) ?? null,
    setItem: (name: string, value: string) => void items.set(name, value),
    removeItem: (name: string) => void items.delete(name),
    key: (i: number) => [...items.keys()][i] ?? null,
    get length() {
      return items.size
    },
  }
}

/** A server that answers with `meta`, or fails the way `failure` says. */
function sources(storage: ReturnType<typeof memoryStorage>, failure?: () => Error): BoardMetaSources {
  return {
    storage,
    getBoard: async (id, key) => {
      if (failure) throw failure()
      expect([id, key]).toEqual([BOARD, KEY])
      return META
    },
    getClientConfig: async () => {
      if (failure) throw failure()
      return CONFIG
    },
  }
}

const offline = () => new TypeError('Failed to fetch')

describe('the browser’s copy of a board’s metadata', () => {
  it('is kept on an answer and used when the server cannot be reached', async () => {
    const storage = memoryStorage()
    expect(await openBoardMeta(BOARD, KEY, sources(storage))).toEqual({
      meta: META,
      config: CONFIG,
      fromCopy: false,
    })
    for (const failure of [offline, () => new ApiError(502, 'Bad Gateway'), () => new ApiError(504, '')]) {
      expect(await openBoardMeta(BOARD, KEY, sources(storage, failure))).toEqual({
        meta: META,
        config: CONFIG,
        fromCopy: true,
      })
    }
  })

  it('stores the key only as a digest, and a copy opens only with the same key', async () => {
    const storage = memoryStorage()
    await openBoardMeta(BOARD, KEY, sources(storage))
    expect([...storage.items.keys()].join()).not.toContain(KEY)
    expect([...storage.items.values()].join()).not.toContain(KEY)
    await expect(openBoardMeta(BOARD, 'another-key', sources(storage, offline))).rejects.toThrow(TypeError)
  })

  it('without a copy, an unreachable server is the error it was', async () => {
    await expect(openBoardMeta(BOARD, KEY, sources(memoryStorage(), offline))).rejects.toThrow(TypeError)
  })

  it('is dropped when the server refuses the key (403) or does not know the board (404)', async () => {
    for (const status of [403, 404]) {
      const storage = memoryStorage()
      await openBoardMeta(BOARD, KEY, sources(storage))
      const refusal = () => new ApiError(status, 'no')
      await expect(openBoardMeta(BOARD, KEY, sources(storage, refusal))).rejects.toMatchObject({ status })
      expect(storage.items.size).toBe(0)
      await expect(openBoardMeta(BOARD, KEY, sources(storage, offline))).rejects.toThrow(TypeError)
    }
  })

  it('is validated on read: a copy that does not parse, or names another board, is dropped', async () => {
    const storage = memoryStorage()
    await openBoardMeta(BOARD, KEY, sources(storage))
    const [slot] = [...storage.items.keys()]
    for (const bad of ['{not json', JSON.stringify({ meta: { ...META, role: 'owner' }, config: CONFIG })]) {
      storage.setItem(slot!, bad)
      await expect(openBoardMeta(BOARD, KEY, sources(storage, offline))).rejects.toThrow(TypeError)
      expect(storage.items.size).toBe(0)
    }
    storage.setItem(
      slot!,
      JSON.stringify({ meta: { ...META, id: 'other0board000000000000' }, config: CONFIG }),
    )
    await expect(openBoardMeta(BOARD, KEY, sources(storage, offline))).rejects.toThrow(TypeError)
  })

  it('forgetBoardMeta drops every key’s copy of one board and nothing else', async () => {
    const storage = memoryStorage()
    await openBoardMeta(BOARD, KEY, sources(storage))
    storage.setItem('bordduk:user', '{}')
    storage.setItem(`bordduk:board-copy:${BOARD}x:abc`, '{}') // another board whose id starts alike
    forgetBoardMeta(BOARD, storage)
    expect([...storage.items.keys()].sort()).toEqual([`bordduk:board-copy:${BOARD}x:abc`, 'bordduk:user'])
  })
})
