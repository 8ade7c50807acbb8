import { describe, expect, it } from 'vitest'

import { CLOSE_CODES, closeReason } from '@bordduk/shared'

import { translate } from '../i18n/messages.ts'
import { ApiError } from './api.ts'
import { closeReasonText, errorText } from './errorText.ts'

const sv = (key: Parameters<typeof translate>[1], values?: Record<string, string | number>) =>
  translate('sv', key, values)

describe('server errors in the reader’s language', () => {
  it('show the catalogue’s sentence for a known code, the server’s words for an unknown one', () => {
    expect(
      errorText(
        new ApiError(403, 'only the facilitator who saved this template may change it', 'notTemplateOwner'),
        sv,
      ),
    ).toBe('Bara processledaren som sparade mallen kan ändra den.')
    expect(errorText(new ApiError(400, 'something new', 'aCodeFromTheFuture'), sv)).toBe('something new')
    expect(errorText(new ApiError(500, 'internal error'), sv)).toBe('internal error')
    expect(errorText(new TypeError('Failed to fetch'), sv)).toBe('Failed to fetch')
  })

  it('say why a board’s connection was closed, keeping a refused update’s own detail', () => {
    expect(closeReasonText(closeReason(CLOSE_CODES.tooMany.reason, 'on this board'), sv)).toBe(
      'För många är på den här tavlan.',
    )
    expect(closeReasonText(closeReason(CLOSE_CODES.overLimit.reason, 'too much sent before sync'), sv)).toBe(
      'Tavlan, eller det som skickades, blev större än gränsen.',
    )
    expect(closeReasonText(closeReason(CLOSE_CODES.updateRefused.reason, 'shape:x has no parent'), sv)).toBe(
      'En ändring klarade inte serverns kontroll (shape:x has no parent).',
    )
    expect(closeReasonText('a reason nobody wrote down', sv)).toBe('a reason nobody wrote down')
  })
})
