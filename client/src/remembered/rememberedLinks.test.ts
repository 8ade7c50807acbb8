import { describe, expect, it } from 'vitest'

import { MAX_REMEMBERED, forget, readRemembered, remember } from './rememberedLinks.ts'
import type { RememberedLink } from './rememberedLinks.ts'

/** A Storage in memory, as the browser's localStorage behaves. */
function memoryStorage(initial: Record<string, string> = {}): Storage {
  const data = new Map(Object.entries(initial))
  return {
    get length() {
      return data.size
    },
    clear: () => data.clear(),
    getItem: (key) => data.get(key) ?? null,
    key: (i) => [...data.keys()][i] ?? null,
    removeItem: (key) => void data.delete(key),
    setItem: (key, value) => void data.set(key, String(value)),
  }
}

const link = (n: number, kind: RememberedLink['kind'] = 'board'): RememberedLink => ({
  kind,
  id: `board${String(n).padStart(12, '0')}`,
  title: `Tavle ${n}`,
  path: `/${kind === 'board' ? 'b' : 'w'}/board${String(n).padStart(12, '0')}?key=${'k'.repeat(24)}`,
  createdAt: new Date(Date.UTC(2026, 10, 1, 10, n)).toISOString(),
})

describe('remembered links', () => {
  it('lists what was made, newest first, and forgets one', () => {
    const storage = memoryStorage()
    remember(link(1), storage)
    remember(link(2, 'workshop'), storage)
    remember(link(3), storage)
    expect(readRemembered(storage).map((l) => l.title)).toEqual(['Tavle 3', 'Tavle 2', 'Tavle 1'])
    forget('workshop', link(2).id, storage)
    expect(readRemembered(storage).map((l) => l.title)).toEqual(['Tavle 3', 'Tavle 1'])
  })

  it.each([
    ['empty', undefined],
    ['not JSON', '{oops'],
    ['not a list', '{"kind":"board"}'],
    ['null', 'null'],
  ])('reads %s storage as an empty list, and can remember again', (_what, stored) => {
    const storage = memoryStorage(stored === undefined ? {} : { 'bordduk:remembered': stored })
    expect(readRemembered(storage)).toEqual([])
    remember(link(1), storage)
    expect(readRemembered(storage)).toHaveLength(1)
  })

  it('drops entries that do not validate, keeping the rest', () => {
    const storage = memoryStorage({
      'bordduk:remembered': JSON.stringify([
        link(1),
        { ...link(2), path: 'javascript:alert(1)' },
        { ...link(3), kind: 'folder' },
        { ...link(4), createdAt: 'yesterday' },
        42,
      ]),
    })
    expect(readRemembered(storage).map((l) => l.title)).toEqual(['Tavle 1'])
  })

  it(`keeps the newest ${MAX_REMEMBERED}`, () => {
    const storage = memoryStorage()
    for (let n = 0; n < MAX_REMEMBERED + 5; n++) remember(link(n), storage)
    const list = readRemembered(storage)
    expect(list).toHaveLength(MAX_REMEMBERED)
    expect(list[0]!.title).toBe(`Tavle ${MAX_REMEMBERED + 4}`)
  })
})
