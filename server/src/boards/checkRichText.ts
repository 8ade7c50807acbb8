import { extensions, getSchema } from '@tiptap/core'
import { Code } from '@tiptap/extension-code'
import { Highlight } from '@tiptap/extension-highlight'
import { StarterKit } from '@tiptap/starter-kit'

// The same ProseMirror schema tldraw's text editor builds (tldraw's richText.ts): its
// starter kit without blockquote, code block and rule, highlight ranked first, and inline
// code that excludes no other mark. Exclusions decide what `check()` accepts (marks are put in
// the schema's order on reading), so they must match, or valid notes would be refused
// (tests/e2e/richText.spec.ts writes such a note in a browser).
Code.config.excludes = undefined
Highlight.config.priority = 1100

const schema = getSchema([
  StarterKit.configure({ blockquote: false, codeBlock: false, horizontalRule: false }),
  Highlight,
  extensions.TextDirection.configure({ direction: 'auto' }),
])

/**
 * `null` when ProseMirror, which every browser runs on a shape's text, can read `richText`;
 * else why not. tldraw's record validator takes any `{type, content}` here, and a note that
 * ProseMirror cannot read takes the board down in the browser.
 */
export function richTextProblem(richText: unknown): string | null {
  try {
    schema.nodeFromJSON(richText).check()
    return null
  } catch (error) {
    return `rich text: ${error instanceof Error ? error.message.slice(0, 80) : 'unreadable'}`
  }
}
