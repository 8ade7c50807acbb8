import { CLOSE_CODES, apiErrorCodeSchema } from '@bordduk/shared'
import type { ApiErrorCode } from '@bordduk/shared'

import type { MessageKey } from '../i18n/messages.ts'
import { ApiError } from './api.ts'

type Translate = (key: MessageKey, values?: Record<string, string | number>) => string

const apiErrorKey = (code: ApiErrorCode): MessageKey =>
  `apiError${code.charAt(0).toUpperCase()}${code.slice(1)}` as `apiError${Capitalize<ApiErrorCode>}`

/**
 * What to tell a person about a failed request, in their language: the catalogue's sentence
 * for the server's error code, or the server's own (English) words for a code this client does
 * not know yet (a newer server), or the error's message for anything that is not an API error.
 */
export function errorText(error: unknown, t: Translate): string {
  if (error instanceof ApiError) {
    const code = apiErrorCodeSchema.safeParse(error.code)
    return code.success ? t(apiErrorKey(code.data)) : error.message
  }
  return error instanceof Error ? error.message : String(error)
}

/** Close reasons (base and, for "too many", detail) the catalogue has words for. */
const CLOSE_REASON_KEYS: Record<string, MessageKey> = {
  [`${CLOSE_CODES.tooMany.reason}: from your address`]: 'closeTooManyFromAddress',
  [`${CLOSE_CODES.tooMany.reason}: on this board`]: 'closeTooManyOnBoard',
  [CLOSE_CODES.overLimit.reason]: 'closeOverLimit',
  [CLOSE_CODES.messageTooLarge.reason]: 'closeMessageTooLarge',
  [CLOSE_CODES.malformedMessage.reason]: 'closeMalformed',
}

/**
 * Why the server closed the board's connection, in the reader's language where the reason is
 * one we know. A refused update keeps the checker's own words as its detail: they name a shape
 * or a property, which only makes sense as written.
 */
export function closeReasonText(reason: string, t: Translate): string {
  const known = CLOSE_REASON_KEYS[reason]
  if (known) return t(known)
  for (const [base, key] of Object.entries(CLOSE_REASON_KEYS)) {
    if (reason.startsWith(`${base}: `) && !base.includes(': ')) return t(key)
  }
  const refused = `${CLOSE_CODES.updateRefused.reason}: `
  if (reason.startsWith(refused)) return t('closeUpdateRefused', { detail: reason.slice(refused.length) })
  return reason
}
