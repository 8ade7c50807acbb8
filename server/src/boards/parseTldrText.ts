import { apiProblem } from '../http/apiProblem.ts'

/** The largest `.tldr` file taken: room for a big board, not for embedded videos. */
export const MAX_TLDR_FILE_BYTES = 5 * 1024 * 1024

const PROTO_KEY = Symbol('__proto__ key')

/** A `__proto__` key would become an object's prototype when copied (zod, Yjs): no record has one. */
function refuseProtoKey(key: string, value: unknown): unknown {
  if (key === '__proto__') throw PROTO_KEY
  return value
}

/** A `.tldr` file's text as JSON, for `readTldrFile`; a 400 saying why when it is not JSON. */
export function parseTldrText(text: string): unknown {
  try {
    return JSON.parse(text, refuseProtoKey)
  } catch (error) {
    if (error === PROTO_KEY)
      throw apiProblem(400, 'notTldrFile', 'not a tldraw file: it has a "__proto__" key')
    throw apiProblem(400, 'bodyNotJson', 'the file is not JSON')
  }
}
