import { useEffect, useState } from 'react'
import { createUserId, useEditor, useValue } from 'tldraw'
import type * as Y from 'yjs'

import { Y_WORKSHOP_MAP } from '@bordduk/shared'
import type { BoardRole } from '@bordduk/shared'

import { useI18n } from '../i18n/I18nProvider.tsx'
import { formatDuration } from './formatDuration.ts'
import { useWorkshopMap } from './useWorkshopMap.ts'

/** Ticks once a second while `active`, so a countdown can re-render. */
function useNow(active: boolean): number {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    if (!active) return
    const timer = setInterval(() => setNow(Date.now()), 1000)
    return () => clearInterval(timer)
  }, [active])
  return now
}

/**
 * The facilitator's timer and message at the top of every group board of a workshop, the
 * facilitator's "bring everyone here", and a note to participants whose view follows theirs.
 */
export function WorkshopBanner({ doc, role }: { doc: Y.Doc; role: BoardRole }) {
  const { t } = useI18n()
  const editor = useEditor()
  const { timer, message, follow } = useWorkshopMap(doc)
  const running = timer?.startedAt != null
  const now = useNow(running)
  const followingId = useValue('following', () => editor.getInstanceState().followingUserId, [editor])
  const ownId = editor.user.getId()

  // Start following when the facilitator gathers everyone; stop when the gathering ends.
  useEffect(() => {
    if (role === 'facilitator' || !follow || follow.userId === ownId) return
    editor.startFollowingUser(createUserId(follow.userId))
    return () => {
      editor.stopFollowingUser()
    }
  }, [editor, role, follow, ownId])

  const gather = role === 'facilitator' && (
    <button
      type="button"
      className="workshop-banner__button"
      onClick={() => {
        const map = doc.getMap(Y_WORKSHOP_MAP)
        if (follow) map.delete('follow')
        else map.set('follow', { userId: ownId, at: Date.now() })
      }}
    >
      {follow ? t('stopGathering') : t('gatherEveryone')}
    </button>
  )
  // tldraw shows its own "stop following" button while following; we only say whom.
  const followNote = followingId && follow && followingId === createUserId(follow.userId) && (
    <span className="workshop-banner__follow" role="status">
      {t('followingFacilitator')}
    </span>
  )
  if (!timer && !message?.text && !gather && !followNote) return null
  const left = timer ? (running ? timer.remainingMs - (now - timer.startedAt!) : timer.remainingMs) : 0
  return (
    <div className="workshop-banner">
      {timer && (
        <span className="workshop-banner__timer" data-testid="workshop-timer" data-running={running}>
          {left <= 0
            ? t('timerDone')
            : running
              ? t('timerLeft', { time: formatDuration(left) })
              : t('timerPaused', { time: formatDuration(left) })}
        </span>
      )}
      {message?.text && (
        <span className="workshop-banner__message" role="status" data-testid="workshop-message">
          <strong>{t('fromFacilitator')}:</strong> {message.text}
        </span>
      )}
      {followNote}
      {gather}
    </div>
  )
}
