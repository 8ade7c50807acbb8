import { describe, expect, it } from 'vitest'

import type { BoardMeta, CreatedBoard, OwnedTemplate, TemplateSummary, Workshop } from '@bordduk/shared'

import { inMemoryApp } from '../testing/inMemoryApp.ts'

describe("a board's languages", () => {
  it('are those its template has texts in: four for a LUP tablecloth, each one settable', async () => {
    const { app, sendJson } = inMemoryApp()
    const board = (await (
      await sendJson('POST', '/api/boards', { templateId: 'lup-markedsdialog', locale: 'sv' })
    ).json()) as CreatedBoard
    expect(board).toMatchObject({ locale: 'sv', title: 'Marknadsdialog' })
    const meta = (await (
      await app.request(`/api/boards/${board.id}?key=${board.viewKey}`)
    ).json()) as BoardMeta
    expect(meta.locales).toEqual(['nb', 'nn', 'en', 'sv'])
    const put = (locale: string) =>
      sendJson('PUT', `/api/boards/${board.id}/locale?key=${board.editKey}`, { locale })
    expect((await put('nn')).status).toBe(200)
    const after = (await (
      await app.request(`/api/boards/${board.id}?key=${board.viewKey}`)
    ).json()) as BoardMeta
    expect(after.locale).toBe('nn')
  })

  it('fall back for a template without nynorsk or Swedish (nn→nb, sv→en), which refuses them with a code', async () => {
    const { app, sendJson } = inMemoryApp()
    // A facilitator's own template, edited down to bokmål and English only (as saved before nn and sv).
    const workshop = (await (
      await sendJson('POST', '/api/workshops', { templateId: 'lup-oppstart', groups: 1 })
    ).json()) as Workshop
    const key = workshop.facilitatorKey
    const saved = await sendJson('POST', `/api/templates?key=${key}`, {
      boardId: workshop.groups[0]!.boardId,
      title: 'Vår oppstart',
      locale: 'nb',
    })
    const { id } = (await saved.json()) as { id: string }
    const [owned] = (await (await app.request(`/api/templates/mine?key=${key}`)).json()) as OwnedTemplate[]
    const twoLanguages: unknown = JSON.parse(JSON.stringify(owned!.template), (name, value: unknown) =>
      name === 'nn' || name === 'sv' ? undefined : value,
    )
    expect((await sendJson('PUT', `/api/templates/${id}?key=${key}`, twoLanguages)).status).toBe(200)

    const create = async (locale: string) =>
      (await (await sendJson('POST', '/api/boards', { templateId: id, locale })).json()) as CreatedBoard
    expect((await create('nn')).locale).toBe('nb')
    const board = await create('sv')
    expect(board.locale).toBe('en')
    const meta = (await (
      await app.request(`/api/boards/${board.id}?key=${board.viewKey}`)
    ).json()) as BoardMeta
    expect(meta.locales).toEqual(['nb', 'en'])
    const refused = await sendJson('PUT', `/api/boards/${board.id}/locale?key=${board.editKey}`, {
      locale: 'sv',
    })
    expect(refused.status).toBe(400)
    expect(await refused.json()).toEqual({
      error: 'locale: the template has no texts in "sv"',
      code: 'localeNotInTemplate',
    })
    const gallery = (await (await app.request('/api/templates?locale=sv')).json()) as TemplateSummary[]
    expect(gallery.find((t) => t.id === id)).toMatchObject({ title: 'Vår oppstart', locales: ['nb', 'en'] })
  })

  it('give every error body a stable code beside its English text', async () => {
    const { app, sendJson } = inMemoryApp()
    const board = (await (
      await sendJson('POST', '/api/boards', { templateId: 'blank' })
    ).json()) as CreatedBoard
    const wrongKey = await app.request(`/api/boards/${board.id}?key=${'x'.repeat(20)}`)
    expect(await wrongKey.json()).toEqual({ error: 'missing or invalid board key', code: 'forbidden' })
    const viewer = await sendJson('PUT', `/api/boards/${board.id}/locale?key=${board.viewKey}`, {
      locale: 'en',
    })
    expect(await viewer.json()).toEqual({
      error: 'changing the language needs the edit key',
      code: 'needsEditKey',
    })
    const badBody = await sendJson('PUT', `/api/boards/${board.id}/locale?key=${board.editKey}`, {
      locale: 'de',
    })
    expect(((await badBody.json()) as { code: string }).code).toBe('badRequest')
    const unknown = await sendJson('POST', '/api/boards', { templateId: 'no-such-template' })
    expect(((await unknown.json()) as { code: string }).code).toBe('unknownTemplate')
  })
})
