import { describe, expect, it } from 'vitest'

import { FIELD_TEXT_MAX_CHARS, fieldShapeProps, toFieldText } from './templateShapes.ts'

describe("a field's text", () => {
  it('is what the validator accepts once made from typed or pasted text', () => {
    const pasted = `Skolemat\u000bfor\f1.–4. trinn\n\tÆrlig${'ø'.repeat(600)}`
    const text = toFieldText(pasted)
    expect(text.startsWith('Skolematfor1.–4. trinn\n\tÆrlig')).toBe(true)
    expect(text).toHaveLength(FIELD_TEXT_MAX_CHARS)
    expect(fieldShapeProps.text.isValid(text)).toBe(true)
    expect(fieldShapeProps.text.isValid(pasted)).toBe(false)
  })

  it('is refused with a control character, or past the limit, however often the validator runs', () => {
    for (let i = 0; i < 3; i++) {
      expect(fieldShapeProps.text.isValid('a\u0000b')).toBe(false)
      expect(fieldShapeProps.text.isValid('x'.repeat(FIELD_TEXT_MAX_CHARS + 1))).toBe(false)
      expect(fieldShapeProps.text.isValid('Linje 1\nLinje 2\tmed tab')).toBe(true)
    }
  })
})
