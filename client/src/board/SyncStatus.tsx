import { LOCALE_TAGS } from '@bordduk/shared'
import type { BoardRole } from '@bordduk/shared'

import { useI18n } from '../i18n/I18nProvider.tsx'
import type { ConnectionState } from '../sync/BoardConnection.ts'

/**
 * The small status chip: link state, and when the server last confirmed our changes as
 * stored. Not a live region itself: it changes with every save, and the settled changes worth
 * hearing are announced once through `announce` (see `useBoardAnnouncements`). `compact` (phones,
 * tablets) shows the link state in a word and keeps the rest for screen readers. The dot's colour
 * always has the words beside it.
 */
export function SyncStatus({
  state,
  role,
  compact = false,
}: {
  state: ConnectionState
  role: BoardRole
  compact?: boolean
}) {
  const { t, locale } = useI18n()
  const link =
    state.link === 'connected' && state.synced
      ? t('statusConnected')
      : state.link === 'offline'
        ? t(compact ? 'statusOfflineShort' : 'statusOffline')
        : state.wasConnected
          ? t('statusReconnecting')
          : t('statusConnecting')
  const saved = state.unsaved
    ? t('statusSaving')
    : state.savedAt
      ? t('statusSavedAt', {
          time: new Date(state.savedAt).toLocaleTimeString(LOCALE_TAGS[locale]),
        })
      : t('statusNothingSaved')
  const tone =
    state.link === 'connected' && state.synced
      ? 'online'
      : state.link === 'offline'
        ? 'offline'
        : 'connecting'
  const savedClass = compact ? 'visually-hidden' : 'sync-status__saved'
  return (
    <div
      className="sync-status"
      data-link={tone}
      data-compact={compact}
      role="group"
      aria-label={t('connectionStatus')}
    >
      <span className="sync-status__dot" aria-hidden="true" />
      <span data-testid="sync-link">{link}</span>
      {role === 'view' ? (
        <span className={savedClass}>{t('viewOnly')}</span>
      ) : (
        <span className={savedClass} data-testid="sync-saved" data-unsaved={state.unsaved}>
          {saved}
        </span>
      )}
    </div>
  )
}
