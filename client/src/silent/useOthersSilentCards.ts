import { useValue } from 'tldraw'
import type { Editor } from 'tldraw'

import type { SilentCard, SilentState } from '@bordduk/shared'

import { isDraft } from './isDraft.ts'
import { ownSilentCards } from './ownSilentCards.ts'

/**
 * The blank cards that stand for other people's notes: the server's placeholders minus this
 * tab's own (those it named, and any lying exactly where one of our drafts lies, for the moment
 * after a reload before the server has answered).
 */
export function useOthersSilentCards(editor: Editor, silent: SilentState | null): SilentCard[] {
  return useValue(
    'others silent cards',
    () => {
      if (!silent) return []
      const own = ownSilentCards(editor).get()
      const spots = new Set(
        editor
          .getCurrentPageShapes()
          .filter(isDraft)
          .map((shape) => `${shape.parentId}|${shape.x}|${shape.y}`),
      )
      return silent.cards.filter(
        (card) => !own.has(card.id) && !spots.has(`${card.pageId}|${card.x}|${card.y}`),
      )
    },
    [editor, silent],
  )
}
