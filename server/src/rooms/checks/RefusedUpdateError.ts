import { CLOSE_CODES, closeReason } from '@bordduk/shared'

/**
 * Why an update was refused: a frame that is not a Yjs update, an invalid record, a write the
 * role may not make, a board or backlog over its limit, or one update over the size limit.
 */
export type RefusalKind = 'malformed' | 'invalid' | 'forbidden' | 'tooLarge' | 'oversize'

const CLOSE_CODE_OF = {
  malformed: CLOSE_CODES.malformedMessage,
  invalid: CLOSE_CODES.updateRefused,
  forbidden: CLOSE_CODES.updateRefused,
  tooLarge: CLOSE_CODES.overLimit,
  oversize: CLOSE_CODES.messageTooLarge,
} as const

/** A client's update that must not reach the board; the connection is closed with the message as reason. */
export class RefusedUpdateError extends Error {
  override name = 'RefusedUpdateError'
  readonly kind: RefusalKind

  constructor(kind: RefusalKind, message: string) {
    super(message)
    this.kind = kind
  }
}

/** The close code and reason that tell the client why. */
export function refusalClose(error: RefusedUpdateError): { code: number; reason: string } {
  const close = CLOSE_CODE_OF[error.kind]
  return { code: close.code, reason: closeReason(close.reason, error.message) }
}
