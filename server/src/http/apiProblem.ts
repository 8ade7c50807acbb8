import { HTTPException } from 'hono/http-exception'
import type { ContentfulStatusCode } from 'hono/utils/http-status'

import { defaultErrorCode } from '@bordduk/shared'
import type { ApiErrorCode } from '@bordduk/shared'

/** What `cause` of an HTTPException made by {@link apiProblem} holds. */
interface ProblemCause {
  apiErrorCode: ApiErrorCode
}

/**
 * An HTTP error a person may see: `message` stays the English `error` of the body, `code` lets
 * the client show the catalogue's sentence for it in the reader's language.
 */
export function apiProblem(status: ContentfulStatusCode, code: ApiErrorCode, message: string): HTTPException {
  const cause: ProblemCause = { apiErrorCode: code }
  return new HTTPException(status, { message, cause })
}

/** The code for an error body: the one the route chose, else the one for its status. */
export function errorCodeOf(error: HTTPException): ApiErrorCode {
  const cause = error.cause as Partial<ProblemCause> | undefined
  return cause?.apiErrorCode ?? defaultErrorCode(error.status)
}
