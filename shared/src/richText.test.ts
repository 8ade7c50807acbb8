import { describe, expect, it } from 'vitest'

import { richTextToPlain } from './richText.ts'

describe('richTextToPlain', () => {
  it('joins text nodes and puts paragraphs and list items on lines of their own', () => {
    const doc = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Færre ' },
            { type: 'text', text: 'skjema' },
          ],
        },
        { type: 'paragraph' },
        {
          type: 'bulletList',
          content: [
            { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'én' }] }] },
            { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'to' }] }] },
          ],
        },
      ],
    }
    expect(richTextToPlain(doc)).toBe('Færre skjema\nén\nto')
  })

  it('gives an empty string for empty or malformed input', () => {
    expect(richTextToPlain(undefined)).toBe('')
    expect(richTextToPlain({ type: 'doc', content: [] })).toBe('')
    expect(richTextToPlain('nope')).toBe('')
  })
})
