import type { TLNoteShape } from '@tldraw/tlschema'

/** A valid tldraw note record at (x, y) on the board page, as a person makes in the editor. */
export function sampleNote(id: string, x: number, y: number, text = 'Behov'): TLNoteShape {
  return {
    id,
    typeName: 'shape',
    type: 'note',
    x,
    y,
    rotation: 0,
    index: 'a1',
    parentId: 'page:board',
    isLocked: false,
    opacity: 1,
    meta: {},
    props: {
      color: 'yellow',
      labelColor: 'black',
      size: 'm',
      font: 'draw',
      fontSizeAdjustment: 0,
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
