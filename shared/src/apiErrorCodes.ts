import { z } from 'zod'

/**
 * Stable codes of the API's error bodies (`{error, code}`): `error` is English for logs and
 * curl, `code` is what the client turns into a sentence in the reader's language. A route
 * without a code of its own gets the one for its status (see `defaultErrorCode`).
 */
export const API_ERROR_CODES = [
  'badRequest',
  'bodyNotJson',
  'bodyTooLarge',
  'unknownTemplate',
  'localeNotInTemplate',
  'templateIdChanged',
  'forbidden',
  'keyRotated',
  'needsEditKey',
  'facilitatorOnly',
  'notTemplateOwner',
  'builtInTemplate',
  'notFound',
  'unknownBoard',
  'unknownWorkshop',
  'unknownVersion',
  'tooManyRequests',
  'internalError',
  'pdfUnavailable',
  'pdfFailed',
  'pdfTimeout',
  'unavailable',
  'notTldrFile',
  'tldrSchemaTooNew',
  'tldrInvalidRecord',
  'notSilent',
  'noLiveSession',
  'boardFrozen',
  'draftNotNote',
  'draftBadParent',
  'draftIdTaken',
  'tooManyDrafts',
  'tldrNoTemplate',
  'unknownSection',
  'noSuchAgendaStep',
  'voteNotOpen',
  'noDotsLeft',
  'noteOutOfScope',
  'notVoting',
  'noSuchNote',
  'noDotToRemove',
] as const
export const apiErrorCodeSchema = z.enum(API_ERROR_CODES)
export type ApiErrorCode = z.infer<typeof apiErrorCodeSchema>

/** The code an error body gets when the route gave none: the meaning of its status. */
export function defaultErrorCode(status: number): ApiErrorCode {
  if (status === 403 || status === 401) return 'forbidden'
  if (status === 404) return 'notFound'
  if (status === 413) return 'bodyTooLarge'
  if (status === 415) return 'bodyNotJson'
  if (status === 429) return 'tooManyRequests'
  if (status === 503) return 'unavailable'
  if (status >= 500) return 'internalError'
  return 'badRequest'
}
