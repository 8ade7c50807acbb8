import type { MiddlewareHandler } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { apiProblem } from './apiProblem.ts'

/** Default size of a JSON request body; larger documents (templates) ask for more. */
export const MAX_JSON_BODY_BYTES = 16 * 1024

declare module 'hono' {
  interface ContextVariableMap {
    /** Set by {@link jsonBody}: the body was checked and is at most this large. */
    jsonBodyMaxBytes: number
  }
}

export interface JsonBodyOptions {
  maxBytes?: number
  /** Status for a body over the limit: 413, or 400 where oversize is one more reason to refuse. */
  tooLargeStatus?: 400 | 413
}

/**
 * Guards a route that reads a JSON body: `Content-Type: application/json` or 415 (a
 * `text/plain` POST is one a foreign page may send without asking), and the body cut off at
 * `maxBytes` while it arrives — never read whole first.
 */
export function jsonBody({
  maxBytes = MAX_JSON_BODY_BYTES,
  tooLargeStatus = 413,
}: JsonBodyOptions = {}): MiddlewareHandler {
  const limit = bodyLimit({
    maxSize: maxBytes,
    onError: (c) => {
      // The rest of the body is never read, so this connection cannot carry another request.
      c.header('Connection', 'close')
      throw apiProblem(
        tooLargeStatus,
        'bodyTooLarge',
        `request body too large: at most ${maxBytes / 1024} KB`,
      )
    },
  })
  return async (c, next) => {
    if (!isJson(c.req.header('Content-Type'))) {
      c.header('Connection', 'close') // the body is never read either
      throw apiProblem(415, 'bodyNotJson', 'send the body as JSON, with Content-Type: application/json')
    }
    c.set('jsonBodyMaxBytes', maxBytes)
    await limit(c, next)
  }
}

function isJson(contentType: string | undefined): boolean {
  const mediaType = contentType?.split(';')[0]?.trim().toLowerCase()
  return mediaType === 'application/json'
}
