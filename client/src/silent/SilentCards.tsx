import { useEditor, useValue } from 'tldraw'

import { useBoard } from '../board/BoardContext.ts'
import { useWorkshopMap } from '../board/useWorkshopMap.ts'
import { useOthersSilentCards } from './useOthersSilentCards.ts'

/**
 * Blank cards where other people's notes written in silence lie (tldraw's OnTheCanvas layer,
 * in page coordinates). Decoration only: the count is said in words in the banner.
 */
export function SilentCards() {
  const editor = useEditor()
  const { connection } = useBoard()
  const { silent } = useWorkshopMap(connection.doc)
  const cards = useOthersSilentCards(editor, silent)
  const pageId = useValue('current page', () => editor.getCurrentPageId(), [editor])
  return (
    <>
      {cards
        .filter((card) => card.pageId === pageId)
        .map((card) => (
          <div
            key={card.id}
            className="silent-card"
            data-testid="silent-card"
            aria-hidden="true"
            style={{ transform: `translate(${card.x}px, ${card.y}px)`, width: card.w, height: card.h }}
          />
        ))}
    </>
  )
}
