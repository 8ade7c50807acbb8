import type { TLShape } from 'tldraw'
import { describe, expect, it } from 'vitest'

import { onlyWritablePropChanged } from './guardTemplateLayer.ts'

const field = {
  id: 'shape:tpl-a-_field-procurement',
  type: 'bd-field',
  x: 1048,
  y: 24,
  isLocked: true,
  props: {
    w: 600,
    h: 52,
    sheetId: 'a',
    fieldId: 'procurement',
    label: 'Anskaffelse',
    showLabel: true,
    text: '',
  },
  meta: { template: true },
} as unknown as TLShape
const check = {
  id: 'shape:tpl-a-b-c',
  type: 'bd-check',
  x: 0,
  y: 0,
  isLocked: true,
  props: { w: 400, h: 100, sheetId: 'a', itemId: 'c', label: 'Klar', checked: false },
  meta: { template: true },
} as unknown as TLShape
const withProps = (shape: TLShape, props: object) =>
  ({ ...shape, props: { ...shape.props, ...props } }) as TLShape

describe('the template guard in the browser', () => {
  it("lets a participant write a field's text and tick a check", () => {
    expect(onlyWritablePropChanged(field, withProps(field, { text: 'Skolemat' }))).toBe(true)
    expect(onlyWritablePropChanged(check, withProps(check, { checked: true }))).toBe(true)
  })

  it("stops anything else: a field's label or size, a move, a check's label, a field's text on a check", () => {
    expect(onlyWritablePropChanged(field, withProps(field, { text: 'x', label: 'Eid' }))).toBe(false)
    expect(onlyWritablePropChanged(field, withProps(field, { w: 900 }))).toBe(false)
    expect(onlyWritablePropChanged(field, { ...withProps(field, { text: 'x' }), x: 0 } as TLShape)).toBe(
      false,
    )
    expect(onlyWritablePropChanged(check, withProps(check, { label: 'Eid' }))).toBe(false)
    expect(onlyWritablePropChanged(check, withProps(check, { text: 'x' }))).toBe(false)
  })
})
