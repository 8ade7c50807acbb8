import { afterEach, describe, expect, it } from 'vitest'

import { createdBoardSchema, richTextToPlain, templateSummarySchema } from '@bordduk/shared'
import type { BoardMeta, CreatedBoard, TemplateSummary } from '@bordduk/shared'

import { sampleNote } from '@bordduk/shared/testing'

import { createApp } from './app.ts'
import { boardRecords } from './boards/boardDocument.ts'
import type { StoredRecord } from './boards/boardDocument.ts'
import { newBoardId } from './boards/boardSecrets.ts'
import { parseConfig } from './config.ts'
import { DEFAULT_PERSISTENCE_OPTIONS } from './rooms/DocPersistence.ts'
import { RoomRegistry } from './rooms/RoomRegistry.ts'
import { SqliteStore } from './storage/SqliteStore.ts'
import { addItem, silentLogger } from './testing/boardFixtures.ts'
import { ControllableStore } from './testing/ControllableStore.ts'

const cleanups: (() => Promise<void>)[] = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup()
})

/** The app in memory, over an in-memory SQLite store. */
function setup(env: Record<string, string> = {}) {
  const store = new ControllableStore(new SqliteStore(':memory:'))
  const rooms = new RoomRegistry(store, silentLogger, {
    limits: parseConfig({}).limits,
    unloadDelayMs: 60_000,
    persistence: { ...DEFAULT_PERSISTENCE_OPTIONS, saveBatchMs: 60_000, retryMaxMs: 20 },
  })
  const app = createApp({
    config: parseConfig(env),
    store,
    rooms,
    logger: silentLogger,
    clientDir: undefined,
  })
  cleanups.push(async () => {
    await rooms.closeAll()
    await store.close()
  })
  const post = (body: string) =>
    app.request('/api/boards', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body })
  const createBoard = async (body = '{}') => {
    const response = await post(body)
    expect(response.status).toBe(201)
    return (await response.json()) as CreatedBoard
  }
  return { app, store, rooms, post, createBoard }
}

async function errorOf(response: Response, status: number): Promise<string> {
  expect(response.status).toBe(status)
  const body = (await response.json()) as { error: string }
  expect(typeof body.error).toBe('string')
  return body.error
}

describe('HTTP API', () => {
  it('reports health, and 503 while a board is only in memory', async () => {
    const { app, store, rooms, createBoard } = setup()
    const healthz = await app.request('/healthz')
    expect(healthz.status).toBe(200)
    expect(await healthz.json()).toEqual({ ok: true, instance: expect.any(String), connections: 0 })

    const board = await createBoard()
    const room = await rooms.acquire(board.id)
    store.failAppends = true
    addItem(room.doc, 'unsaved')
    await expect(room.persistence.flush()).rejects.toThrow()
    const failing = await app.request('/healthz')
    expect(failing.status).toBe(503)
    expect(await failing.json()).toEqual({
      ok: false,
      boardsNotSaved: 1,
      instance: expect.any(String),
      connections: expect.any(Number),
    })

    store.failAppends = false
    await room.persistence.whenPersisted()
    expect((await app.request('/healthz')).status).toBe(200)
  })

  it('answers 503 while the store is unreachable, and 200 again once it answers', async () => {
    const { app, store } = setup()
    store.failPings = true
    const down = await app.request('/healthz')
    expect(down.status).toBe(503)
    expect(await down.json()).toEqual({
      ok: false,
      store: 'unreachable',
      boardsNotSaved: 0,
      instance: expect.any(String),
      connections: expect.any(Number),
    })
    store.failPings = false
    const up = await app.request('/healthz')
    expect(up.status).toBe(200)
    expect(await up.json()).toEqual({
      ok: true,
      instance: expect.any(String),
      connections: expect.any(Number),
    })
  })

  it('lists templates in bokmål by default, in English on request, and refuses other locales', async () => {
    const { app } = setup()
    const nb = await app.request('/api/templates')
    expect(nb.status).toBe(200)
    expect(await nb.json()).toContainEqual(expect.objectContaining({ id: 'blank', title: 'Tom tavle' }))
    const en = await app.request('/api/templates?locale=en')
    expect(await en.json()).toContainEqual(expect.objectContaining({ id: 'blank', title: 'Blank board' }))
    expect(await errorOf(await app.request('/api/templates?locale=de'), 400)).toMatch(/^locale: /)
  })

  it('gives the six catalogue ids with sheets, sections, prompts and a preview that answers', async () => {
    const { app } = setup()
    const list = (await (await app.request('/api/templates?locale=en')).json()) as TemplateSummary[]
    expect(list.map((t) => t.id)).toEqual([
      'lup-oppstart',
      'lup-behovskartlegging',
      'lup-markedsdialog',
      'lup-ledelsesforankring',
      'tidligfase-innovasjon',
      'blank',
    ])
    for (const t of list) expect(templateSummarySchema.safeParse(t).success).toBe(true)
    const anchoring = list.find((t) => t.id === 'lup-ledelsesforankring')!
    expect(anchoring.sheets.map((s) => s.title)).toEqual(['Who', 'When'])
    expect(anchoring.sheets[1]!.sections[0]).toEqual({
      id: 'oppstart',
      title: 'Start-up',
      prompts: ['Which leaders?', 'Inform, involve or decide?', 'Which resources must be freed?'],
    })
    const preview = await app.request(anchoring.previewUrl)
    expect(preview.status).toBe(200)
    expect(preview.headers.get('Content-Type')).toMatch(/^image\/svg\+xml/)
    expect(await preview.text()).toContain('Leadership anchoring – When')
    expect((await app.request('/api/templates/nope/preview.svg')).status).toBe(404)
  })

  it('names sections on the board and in answers.md with the catalogue’s strings', async () => {
    const { app, createBoard } = setup()
    const board = await createBoard('{"templateId":"lup-behovskartlegging"}')
    const catalogue = (await (await app.request('/api/templates')).json()) as TemplateSummary[]
    const sections = catalogue.find((t) => t.id === 'lup-behovskartlegging')!.sheets[0]!.sections
    const md = await (await app.request(`/api/boards/${board.id}/answers.md?key=${board.viewKey}`)).text()
    for (const section of sections) expect(md).toContain(`. ${section.title} · 0 lapper\n`)
    // The .tldr file turns sections into tldraw rectangles whose label starts "1. Title".
    const file = (await (
      await app.request(`/api/boards/${board.id}/snapshot?key=${board.viewKey}`)
    ).json()) as {
      records: { meta?: { borddukType?: string }; props?: { richText?: unknown } }[]
    }
    const onCanvas = file.records
      .filter((r) => r.meta?.borddukType === 'bd-section')
      .map((r) => richTextToPlain(r.props!.richText).split('\n')[0])
    expect(onCanvas).toEqual(sections.map((s, i) => `${i + 1}. ${s.title}`))
  })

  it('guards answers like the board: 403 without a key, 404 for an unknown board, CSV and Word on request', async () => {
    const { app, createBoard } = setup()
    const board = await createBoard('{"templateId":"lup-oppstart"}')
    expect((await app.request(`/api/boards/${board.id}/answers.md`)).status).toBe(403)
    expect((await app.request(`/api/boards/${newBoardId()}/answers.md?key=${board.viewKey}`)).status).toBe(
      404,
    )
    const csv = await app.request(`/api/boards/${board.id}/answers.csv?key=${board.editKey}`)
    expect(csv.headers.get('Content-Type')).toMatch(/^text\/csv/)
    const bytes = new Uint8Array(await csv.arrayBuffer())
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]) // BOM: spreadsheets then read UTF-8
    // An empty board: a row per field (two in the header, one in the "Anskaffelsen" section), empty.
    expect(new TextDecoder().decode(bytes)).toBe(
      'ark,nummer,seksjon,kolonne,type,innhold,farge,forfatter\r\n' +
        'Oppstart,,Anskaffelse,,felt,,,\r\nOppstart,,Dato og deltakere,,felt,,,\r\nOppstart,,Anskaffelsen,,felt,,,\r\n',
    )
    const docx = await app.request(`/api/boards/${board.id}/answers.docx?key=${board.viewKey}`)
    expect(docx.headers.get('Content-Type')).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    )
    expect(docx.headers.get('Content-Disposition')).toMatch(/\.docx$/)
    expect(new TextDecoder().decode(new Uint8Array(await docx.arrayBuffer()).slice(0, 2))).toBe('PK') // a zip
    expect((await app.request(`/api/boards/${board.id}/answers.docx`)).status).toBe(403)
  })

  it('switches the printed layer to another language, keeping ticks, with the edit key only', async () => {
    const { app, rooms, createBoard } = setup()
    const board = await createBoard('{"templateId":"tidligfase-innovasjon"}')
    const put = (key: string, body: string) =>
      app.request(`/api/boards/${board.id}/locale?key=${key}`, {
        method: 'PUT',
        headers: { 'Content-Type': 'application/json' },
        body,
      })
    const room = await rooms.acquire(board.id)
    const checkId = 'shape:tpl-tidligfase-passer-metoden-tid-og-folk'
    const check = boardRecords(room.doc).get(checkId) as StoredRecord & { props: object }
    boardRecords(room.doc).set(checkId, { ...check, props: { ...check.props, checked: true } })

    expect(await errorOf(await put(board.viewKey, '{"locale":"en"}'), 403)).toMatch(/edit key/)
    expect(await errorOf(await put(board.editKey, '{"locale":"de"}'), 400)).toMatch(/^locale: /)
    expect(await errorOf(await put(board.editKey, 'nope'), 400)).toBeTruthy()
    expect((await put(board.editKey, '{"locale":"en"}')).status).toBe(200)

    const meta = (await (
      await app.request(`/api/boards/${board.id}?key=${board.viewKey}`)
    ).json()) as BoardMeta
    expect(meta.locale).toBe('en')
    const md = await (await app.request(`/api/boards/${board.id}/answers.md?key=${board.viewKey}`)).text()
    expect(md).toContain('### 4. Innovation gathering')
    expect(md).toContain('> Who is invited, where, programme, roles?')
    expect(boardRecords(room.doc).get(checkId)).toMatchObject({
      props: { label: 'We can set aside time and people.', checked: true },
    })
  })

  it('creates a board from {} with the documented fields and working links', async () => {
    const { store, createBoard } = setup()
    const board = await createBoard()
    expect(createdBoardSchema.safeParse(board).success).toBe(true)
    expect(board).toMatchObject({ title: 'Tom tavle', templateId: 'blank', locale: 'nb' })
    expect(board.editKey).not.toBe(board.viewKey)
    expect(board.editUrl).toBe(`http://localhost/b/${board.id}?key=${board.editKey}`)
    expect(board.viewUrl).toBe(`http://localhost/b/${board.id}?key=${board.viewKey}`)

    const row = await store.getBoard(board.id)
    expect(row?.title).toBe('Tom tavle')
    expect(JSON.stringify(row)).not.toContain(board.editKey) // keys are stored hashed only
    expect(JSON.stringify(row)).not.toContain(board.viewKey)
  })

  it('takes a title and locale, and builds links on PUBLIC_URL when set', async () => {
    const { createBoard } = setup({ PUBLIC_URL: 'https://bordduk.example.no/' })
    const board = await createBoard(JSON.stringify({ title: '  Innkjøp 2027 ', locale: 'en' }))
    expect(board).toMatchObject({ title: 'Innkjøp 2027', locale: 'en' })
    expect(board.editUrl).toBe(`https://bordduk.example.no/b/${board.id}?key=${board.editKey}`)
  })

  it('refuses bad JSON, unknown templates, unknown fields and oversized bodies', async () => {
    const { post } = setup()
    expect(await errorOf(await post('{"templateId":'), 400)).toBe('body must be JSON')
    expect(await errorOf(await post('{"templateId":"nope"}'), 400)).toBe(
      'templateId: unknown template "nope"',
    )
    expect(await errorOf(await post('{"colour":"red"}'), 400)).toMatch(/colour/)
    expect(await errorOf(await post('{"locale":"de"}'), 400)).toMatch(/^locale: /)
    expect(await errorOf(await post(JSON.stringify({ title: 'x'.repeat(17_000) })), 413)).toMatch(/too large/)
  })

  it('tells the role a key grants, 403 for a wrong key and 404 for an unknown board', async () => {
    const { app, createBoard } = setup()
    const board = await createBoard()
    const meta = async (key: string) => (await app.request(`/api/boards/${board.id}?key=${key}`)).json()
    expect(await meta(board.editKey)).toMatchObject({ id: board.id, title: 'Tom tavle', role: 'edit' })
    expect(((await meta(board.viewKey)) as BoardMeta).role).toBe('view')

    const wrong = await app.request(`/api/boards/${board.id}?key=${board.viewKey}x`)
    expect(await errorOf(wrong, 403)).toBe('missing or invalid board key')
    expect(await errorOf(await app.request(`/api/boards/${board.id}`), 403)).toMatch(/key/)
    const unknown = await app.request(`/api/boards/${newBoardId()}?key=${board.editKey}`)
    expect(await errorOf(unknown, 404)).toBe('unknown board')
    expect((await app.request(`/api/boards/bad%E0%A4%A?key=${board.editKey}`)).status).toBe(404)
    expect(await errorOf(await app.request('/api/nothing-here'), 404)).toBe('not found')
  })

  it('exports a board as a .tldr file with its document and page', async () => {
    const { app, createBoard } = setup()
    const board = await createBoard()
    const response = await app.request(`/api/boards/${board.id}/snapshot?key=${board.viewKey}`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename*=UTF-8''${encodeURIComponent('Tom tavle.tldr')}`,
    )
    const file = (await response.json()) as {
      tldrawFileFormatVersion: number
      schema: unknown
      records: StoredRecord[]
    }
    expect(file.tldrawFileFormatVersion).toBe(1)
    expect(file.schema).toMatchObject({ schemaVersion: expect.any(Number) })
    expect(file.records).toContainEqual(
      expect.objectContaining({ typeName: 'document', id: 'document:document' }),
    )
    expect(file.records).toContainEqual(expect.objectContaining({ typeName: 'page' }))

    const denied = await app.request(`/api/boards/${board.id}/snapshot?key=${board.editKey}x`)
    expect(denied.status).toBe(403)
  })

  it('exports a loaded board with the changes not yet written', async () => {
    const { app, store, rooms, createBoard } = setup()
    const board = await createBoard()
    const room = await rooms.acquire(board.id)
    const note = sampleNote('shape:note', 0, 0) as unknown as StoredRecord
    boardRecords(room.doc).set(note.id, note)
    expect(room.persistence.hasUnsaved).toBe(true)
    expect(store.calls.appendUpdate).toBe(0)

    const response = await app.request(`/api/boards/${board.id}/snapshot?key=${board.editKey}`)
    expect(((await response.json()) as { records: StoredRecord[] }).records).toContainEqual(note)
  })
})
