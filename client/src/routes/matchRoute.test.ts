import { describe, expect, it } from 'vitest'

import { matchRoute } from './matchRoute.ts'

describe('matchRoute', () => {
  it('knows the start page and boards', () => {
    expect(matchRoute('/')).toEqual({ name: 'start' })
    expect(matchRoute('/b/abcDEF123_-xyz')).toEqual({ name: 'board', boardId: 'abcDEF123_-xyz' })
    expect(matchRoute('/b/abc/')).toEqual({ name: 'board', boardId: 'abc' })
  })

  it('knows a board’s outline page', () => {
    expect(matchRoute('/b/abc_-1/outline')).toEqual({ name: 'outline', boardId: 'abc_-1' })
    expect(matchRoute('/b/abc/outline/')).toEqual({ name: 'outline', boardId: 'abc' })
    expect(matchRoute('/b/abc/outlines')).toEqual({ name: 'notFound' })
  })

  it('knows the accessibility statement, with or without a trailing slash', () => {
    expect(matchRoute('/tilgjengelighet')).toEqual({ name: 'statement' })
    expect(matchRoute('/tilgjengelighet/')).toEqual({ name: 'statement' })
    expect(matchRoute('/tilgjengelighet/x')).toEqual({ name: 'notFound' })
  })

  it('knows a workshop’s projector view', () => {
    expect(matchRoute('/w/ws_-1/present')).toEqual({ name: 'present', workshopId: 'ws_-1' })
    expect(matchRoute('/w/ws/present/')).toEqual({ name: 'present', workshopId: 'ws' })
    expect(matchRoute('/w/ws/presents')).toEqual({ name: 'notFound' })
  })

  it('answers notFound for anything else', () => {
    expect(matchRoute('/b/')).toEqual({ name: 'notFound' })
    expect(matchRoute('/b/a/b')).toEqual({ name: 'notFound' })
    expect(matchRoute('/admin')).toEqual({ name: 'notFound' })
  })
})
