import { useEffect, useRef, useState } from 'react'
import { createUserId, useEditor, useValue } from 'tldraw'

import { Y_WORKSHOP_MAP } from '@bordduk/shared'
import type { WorkshopTimer } from '@bordduk/shared'

import { announce } from '../a11y/announcer.ts'
import { useI18n } from '../i18n/I18nProvider.tsx'
import { SilentWritingStatus } from '../silent/SilentWritingStatus.tsx'
import { AgendaStepLabel } from './AgendaStepLabel.tsx'
import { useBoard } from './BoardContext.ts'
import { formatDuration } from './formatDuration.ts'
import { timesUpSound } from './timesUpSound.ts'
import { useAgendaStepView } from './useAgendaStepView.ts'
import { useBannerCollapsed } from './useBannerCollapsed.ts'
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

/** A reset timer (stopped, full duration) is no timer to show: the facilitator cleared it. */
function isReset(timer: WorkshopTimer): boolean {
  return timer.startedAt === null && timer.remainingMs >= timer.durationMs
}

/**
 * When the time runs out while the board is open (not on load): says so once to screen readers
 * and plays the optional sound.
 */
function useTimesUpSignal(timeUp: boolean, text: string): void {
  const was = useRef(timeUp)
  useEffect(() => {
    if (timeUp && !was.current) {
      announce(text)
      timesUpSound.play()
    }
    was.current = timeUp
  }, [timeUp, text])
}

/**
 * Says each new value of `key` (a message's time, "following" turning on) with `text`, from the
 * second value on: what was there when the board opened is on screen, not news.
 */
function useAnnounceChange(key: unknown, text: string | null): void {
  const was = useRef(key)
  useEffect(() => {
    if (key === was.current) return
    was.current = key
    if (text) announce(text)
  }, [key, text])
}

/**
 * "Behovskartlegging – Gruppe 2" shows as "Gruppe 2": the tool's name is already in tldraw's
 * page menu beside it, and the group's name is what a person looks for. The whole title is the
 * tooltip.
 */
function GroupTitle({ title }: { title: string }) {
  const cut = title.lastIndexOf(' – ')
  return (
    <strong className="workshop-banner__title" data-testid="board-title" title={title}>
      {cut >= 0 ? title.slice(cut + 3) : title}
    </strong>
  )
}

/** A speech bubble: says "from the facilitator" in little room (the words are there for screen readers). */
function MessageIcon() {
  return (
    <svg
      className="workshop-banner__icon"
      width="14"
      height="14"
      viewBox="0 0 14 14"
      aria-hidden="true"
      focusable="false"
    >
      <path
        d="M2 2.5h10a1 1 0 0 1 1 1v5a1 1 0 0 1-1 1H6l-3 2.5v-2.5H2a1 1 0 0 1-1-1v-5a1 1 0 0 1 1-1z"
        fill="currentColor"
      />
    </svg>
  )
}

function Chevron({ up }: { up: boolean }) {
  return (
    <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true" focusable="false">
      <path
        d={up ? 'M2 8l4-4 4 4' : 'M2 4l4 4 4-4'}
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
      />
    </svg>
  )
}

/**
 * The compact strip on a workshop's group board: the group's name, the facilitator's timer
 * and message, "bring everyone here" for the facilitator, and a note to participants whose
 * view follows theirs. A participant may fold it to a chip (name and timer); it stays folded.
 * When the time is up the strip turns red and says so in words, tells screen readers once, and
 * may beep. A frozen board says so (participants only look). New messages, following and
 * freezing are announced through the app's one live region.
 */
export function WorkshopBanner() {
  const { t } = useI18n()
  const editor = useEditor()
  const board = useBoard()
  const { connection, role } = board
  const doc = connection.doc
  const { timer, message, follow, frozen, step } = useWorkshopMap(doc)
  useAgendaStepView(editor, step)
  const shownTimer = timer && !isReset(timer) ? timer : null
  const running = shownTimer?.startedAt != null
  const now = useNow(running)
  const left = shownTimer
    ? running
      ? shownTimer.remainingMs - (now - shownTimer.startedAt!)
      : shownTimer.remainingMs
    : 0
  const timeUp = shownTimer !== null && left <= 0
  useTimesUpSignal(timeUp, t('timerDone'))
  const followingId = useValue('following', () => editor.getInstanceState().followingUserId, [editor])
  const ownId = editor.user.getId()
  const text = message?.text ? message.text : null
  const { collapsed, setCollapsed, unseenMessage } = useBannerCollapsed(
    board.boardId,
    text ? message!.sentAt : null,
  )
  const [fullMessage, setFullMessage] = useState(false)
  useAnnounceChange(text ? message!.sentAt : null, text && t('announceMessage', { text }))

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
  const following = Boolean(followingId && follow && followingId === createUserId(follow.userId))
  useAnnounceChange(following, following ? t('followingFacilitator') : null)
  // Said when it changes while open; shown for as long as it lasts, folded or not.
  const frozenText = role === 'facilitator' ? t('boardFrozenFacilitator') : t('boardFrozen')
  useAnnounceChange(frozen, frozen ? frozenText : role === 'facilitator' ? null : t('boardUnfrozen'))
  const foldable = Boolean(text || gather || following || step)
  if (!board.inWorkshop && !shownTimer && !foldable && !frozen) return null
  const folded = foldable && collapsed

  return (
    <div
      className="workshop-banner"
      data-testid="workshop-banner"
      data-collapsed={folded}
      data-times-up={timeUp}
    >
      {board.inWorkshop && <GroupTitle title={board.title} />}
      {shownTimer &&
        (timeUp ? (
          // Announced once through the live region (useTimesUpSignal); here it is only shown.
          <strong className="workshop-banner__timer" data-testid="workshop-timer">
            {t('timerDone')}
          </strong>
        ) : (
          <span className="workshop-banner__timer" data-testid="workshop-timer" data-running={running}>
            {running
              ? t('timerLeft', { time: formatDuration(left) })
              : t('timerPaused', { time: formatDuration(left) })}
          </span>
        ))}
      {step && <AgendaStepLabel step={step} folded={folded} />}
      {frozen && (
        <strong className="workshop-banner__frozen" data-testid="workshop-frozen">
          {frozenText}
        </strong>
      )}
      <SilentWritingStatus />
      {!folded && text && (
        <span className="workshop-banner__message-region">
          <button
            type="button"
            className="workshop-banner__message"
            data-testid="workshop-message"
            aria-expanded={fullMessage}
            onClick={() => setFullMessage(!fullMessage)}
          >
            <MessageIcon />
            <span className="visually-hidden">{t('fromFacilitator')}: </span>
            {text}
          </button>
        </span>
      )}
      {!folded && following && <span className="workshop-banner__follow">{t('followingFacilitator')}</span>}
      {!folded && gather}
      {folded && unseenMessage && <span className="workshop-banner__new">{t('newMessage')}</span>}
      {foldable && (
        <button
          type="button"
          className="workshop-banner__fold"
          aria-expanded={!folded}
          aria-label={folded ? t('showBanner') : t('hideBanner')}
          title={folded ? t('showBanner') : t('hideBanner')}
          onClick={() => setCollapsed(!folded)}
        >
          <Chevron up={!folded} />
        </button>
      )}
    </div>
  )
}
