import { useCallback, useState } from 'react'

import type { WorkshopGroup } from '@bordduk/shared'

import { useI18n } from '../i18n/I18nProvider.tsx'
import { LiveBoardView } from './LiveBoardView.tsx'

interface PresentTileProps {
  group: WorkshopGroup
  /** Its place in the workshop, from 1: the number key that shows it large. */
  number: number
  /** Another group is shown large. The tile stays mounted, so its board stays live. */
  hidden: boolean
  /** This group is the one shown large. */
  large: boolean
  licenseKey: string | undefined
  /** Shown large, zoomed in on the notes rather than the whole board. */
  zoomToNotes: boolean
  openerRef(button: HTMLButtonElement | null): void
  onOpen(): void
}

/** One group on the projector: its name, large, over its board, live. */
export function PresentTile({
  group,
  number,
  hidden,
  large,
  licenseKey,
  zoomToNotes,
  openerRef,
  onOpen,
}: PresentTileProps) {
  const { t } = useI18n()
  // The view key from the group's view link: the projector can only look.
  const viewKey = new URL(group.viewUrl, location.href).searchParams.get('key') ?? ''
  // A failure belongs to the key that failed: after "make new links" the page's next read of the
  // workshop brings the new view key, and the board is tried again with it.
  const [failedKey, setFailedKey] = useState<string | null>(null)
  const onProblem = useCallback(() => setFailedKey(viewKey), [viewKey])
  const failed = failedKey === viewKey
  const headingId = `present-${group.boardId}`
  return (
    <li
      className="present-tile"
      data-testid="present-tile"
      data-large={large || undefined}
      hidden={hidden}
      aria-labelledby={headingId}
    >
      <h2 id={headingId} className="present-tile__name">
        {number <= 9 && (
          <span className="present-tile__number" aria-hidden="true">
            {number}
          </span>
        )}
        {group.name}
      </h2>
      {/* Only looked at: the canvas takes no focus and no clicks, the tile's button does. */}
      <div className="present-tile__board" inert>
        {failed ? (
          <p className="present-tile__problem">{t('presentBoardFailed')}</p>
        ) : (
          <LiveBoardView
            key={viewKey}
            boardId={group.boardId}
            viewKey={viewKey}
            licenseKey={licenseKey}
            focus={large && zoomToNotes ? 'notes' : 'board'}
            onProblem={onProblem}
          />
        )}
      </div>
      {!large && (
        <button
          type="button"
          ref={openerRef}
          className="present-tile__open"
          aria-label={t('presentOpen', { name: group.name })}
          aria-keyshortcuts={number <= 9 ? String(number) : undefined}
          onClick={onOpen}
        />
      )}
    </li>
  )
}
