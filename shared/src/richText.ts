/** A ProseMirror-style JSON node as tldraw stores rich text (`props.richText`). */
interface RichTextNode {
  type?: string
  text?: string
  content?: RichTextNode[]
}

const BLOCKS = new Set(['paragraph', 'heading', 'listItem', 'blockquote', 'codeBlock'])

/**
 * Plain text of tldraw rich text: text nodes joined, one line per paragraph or list item.
 * tldraw's own helper needs an editor; the server has none, so we walk the JSON ourselves.
 */
export function richTextToPlain(richText: unknown): string {
  const lines: string[] = []
  let line = ''
  const walk = (node: RichTextNode) => {
    if (typeof node.text === 'string') line += node.text
    if (node.type === 'hardBreak') line += '\n'
    for (const child of node.content ?? []) walk(child)
    if (node.type && BLOCKS.has(node.type)) {
      lines.push(line)
      line = ''
    }
  }
  if (richText && typeof richText === 'object') walk(richText as RichTextNode)
  if (line) lines.push(line)
  return lines
    .map((l) => l.trim())
    .filter((l) => l.length > 0)
    .join('\n')
}
