// Rich text for attack tests, shared by the raw-client tests and the Chromium spec.

/** Rich text that tldraw's record validator lets through (any `content` array) but ProseMirror cannot read. */
export const BROKEN_RICH_TEXT: [string, unknown][] = [
  ['a node without a type', { type: 'doc', content: [{}] }],
  ['an unknown node type', { type: 'doc', content: [{ type: 'evil' }] }],
  [
    'a paragraph holding a node without a type',
    { type: 'doc', content: [{ type: 'paragraph', content: [{}] }] },
  ],
  [
    'a paragraph holding an unknown node type',
    { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'evil' }] }] },
  ],
  [
    'a text node without text',
    { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text' }] }] },
  ],
  [
    'an unknown mark',
    {
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'evil' }] }] }],
    },
  ],
]
