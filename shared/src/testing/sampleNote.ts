import type { TLNoteShape } from '@tldraw/tlschema'

// Test data, kept in the shared package so client, server and benchmark tests build the same note.

/**
 * A valid tldraw note record at (x, y) on the board page, as a person makes in the editor.
 * `index` orders it among the page's shapes: above the template layer it must sort after it.
 */
export function sampleNote(id: string, x: number, y: number, text = 'Behov', index = 'a1'): TLNoteShape {
  return {
    id,
    typeName: 'shape',
    type: 'note',
    x,
    y,
    rotation: 0,
    index,
    parentId: 'page:board',
    isLocked: false,
    opacity: 1,
    meta: {},
    props: {
      color: 'yellow',
      labelColor: 'black',
      size: 'm',
      font: 'draw',
      fontSizeAdjustment: 1, // 0 would print the text at size 0; the editor sets 1 when the text fits
      align: 'middle',
      verticalAlign: 'middle',
      growY: 0,
      url: '',
      scale: 1,
      textLastEditedBy: null,
      richText: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] },
    },
  } as unknown as TLNoteShape
}
