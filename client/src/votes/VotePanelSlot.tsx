import type { Editor } from 'tldraw'

import { focusVoteToggle } from './VoteBar.tsx'
import { VotePanel } from './VotePanel.tsx'
import { useVoting } from './VotingContext.ts'

/** The vote panel beside the canvas, while "Stem" is on and there is a vote. */
export function VotePanelSlot({ editor }: { editor: Editor | null }) {
  const voting = useVoting()
  if (!editor || !voting?.vote || !voting.panelOpen) return null
  return (
    <VotePanel
      editor={editor}
      onClose={() => {
        voting.setPanelOpen(false)
        focusVoteToggle()
      }}
    />
  )
}
