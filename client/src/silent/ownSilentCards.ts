import { atom } from 'tldraw'
import type { Atom, Editor } from 'tldraw'

const cards = new WeakMap<Editor, Atom<ReadonlySet<string>>>()

/**
 * The blank-card ids that stand for this tab's own notes (the server says which, answering a
 * drafts PUT): the writer sees the notes themselves there, not blanks.
 */
export function ownSilentCards(editor: Editor): Atom<ReadonlySet<string>> {
  let own = cards.get(editor)
  if (!own) {
    own = atom<ReadonlySet<string>>('own silent cards', new Set())
    cards.set(editor, own)
  }
  return own
}
