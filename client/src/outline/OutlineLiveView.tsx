import { useSyncExternalStore } from 'react'

import type { BoardRole } from '@bordduk/shared'

import { SyncStatus } from '../board/SyncStatus.tsx'
import { useI18n } from '../i18n/I18nProvider.tsx'
import { LanguageSwitch } from '../routes/LanguageSwitch.tsx'
import type { BoardConnection } from '../sync/BoardConnection.ts'
import { Outline } from './Outline.tsx'
import { canvasHref } from './outlineHref.ts'
import { useHeadlessEditor } from './useHeadlessEditor.ts'

/**
 * `/b/:id/outline`: the board as headings, live, without the canvas. It syncs through the
 * same connection as the board page, so screen-reader users work here while others draw.
 */
export function OutlineLiveView(props: {
  connection: BoardConnection
  role: BoardRole
  boardId: string
  boardKey: string
  title: string
  onFatal(error: unknown): void
}) {
  const { connection, role, boardId, boardKey, title, onFatal } = props
  const { t } = useI18n()
  const editor = useHeadlessEditor(connection, role, onFatal)
  const state = useSyncExternalStore(connection.subscribe, connection.getState)
  return (
    <div className="outline-page">
      <header className="outline-page__bar">
        <nav aria-label={t('outlineName')}>
          <a href={canvasHref(boardId, boardKey)}>{t('outlineBackToCanvas')}</a>
        </nav>
        <SyncStatus state={state} role={role} />
        <LanguageSwitch onLight />
      </header>
      <main className="outline-page__main">
        {editor ? (
          <Outline editor={editor} role={role} title={title} level={1} />
        ) : (
          <p role="status">{t('loadingBoard')}</p>
        )}
      </main>
    </div>
  )
}
