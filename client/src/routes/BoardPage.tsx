import { useCallback, useEffect, useState } from 'react'

import type { BoardMeta, ClientConfig } from '@bordduk/shared'

import { ApiError } from '../api/api.ts'
import { closeReasonText } from '../api/errorText.ts'
import { forgetBoardMeta, openBoardMeta } from '../api/boardMetaCopy.ts'
import { BoardEditor } from '../board/BoardEditor.tsx'
import { hasChosenName } from '../identity/localUser.ts'
import { NamePrompt } from '../identity/NamePrompt.tsx'
import { useI18n } from '../i18n/I18nProvider.tsx'
import type { MessageKey } from '../i18n/messages.ts'
import { OutlineLiveView } from '../outline/OutlineLiveView.tsx'
import { DocumentTooNewError } from '../sync/bindRecords.ts'
import { useBoardConnection } from '../sync/useBoardConnection.ts'
import { CLOSE_CODES } from '@bordduk/shared'
import { LinkReplacedPage } from './LinkReplacedPage.tsx'

type Loaded = { meta: BoardMeta; config: ClientConfig }
type BoardView = 'canvas' | 'outline'

/** `/b/:id?key=`: one board, live; `/b/:id/outline?key=`: the same board as headings, without the canvas. */
export default function BoardPage({ boardId, view = 'canvas' }: { boardId: string; view?: BoardView }) {
  const { t } = useI18n()
  const key = new URLSearchParams(location.search).get('key') ?? ''
  const [loaded, setLoaded] = useState<Loaded | null>(null)
  const [problem, setProblem] = useState<MessageKey | null>(null)
  const [detail, setDetail] = useState<string | undefined>()
  const onProblem = useCallback((key: MessageKey, why?: string) => {
    setProblem(key)
    setDetail(why)
  }, [])
  const [named, setNamed] = useState(hasChosenName)

  useEffect(() => {
    let cancelled = false
    // Offline, from this browser's copy of the last answer (the board itself is in IndexedDB).
    openBoardMeta(boardId, key).then(
      ({ meta, config }) => {
        if (cancelled) return
        setLoaded({ meta, config })
      },
      (error: unknown) => {
        if (cancelled) return
        if (error instanceof ApiError && error.status === 404) setProblem('boardNotFound')
        else if (
          error instanceof ApiError &&
          (error.code === 'keyRotated' || error.message === CLOSE_CODES.keyRotated.reason)
        )
          setProblem('boardKeyRotated')
        else if (error instanceof ApiError && error.status === 403) setProblem('boardForbidden')
        else setProblem('boardLoadFailed')
      },
    )
    return () => {
      cancelled = true
    }
  }, [boardId, key])

  const boardTitle = loaded?.meta.title
  useEffect(() => {
    if (boardTitle === undefined) return
    document.title =
      view === 'outline' ? `${boardTitle} – ${t('outlineName')} – Bordduk` : `${boardTitle} – Bordduk`
  }, [boardTitle, view, t])

  if (problem === 'boardKeyRotated') return <LinkReplacedPage />
  if (problem)
    return (
      <BoardProblem
        message={t(problem)}
        detail={detail && t('problemDetail', { reason: closeReasonText(detail, t) })}
      />
    )
  if (!loaded) return <Loading />
  if (!named) return <NamePrompt onDone={() => setNamed(true)} />
  return <LiveBoard boardId={boardId} boardKey={key} loaded={loaded} onProblem={onProblem} view={view} />
}

function LiveBoard(props: {
  boardId: string
  boardKey: string
  loaded: Loaded
  onProblem(p: MessageKey, detail?: string): void
  view: BoardView
}) {
  const { boardId, boardKey, loaded, onProblem, view } = props
  const { connection, phase, state } = useBoardConnection(boardId, boardKey)
  const onFatal = useCallback(
    (error: unknown) => onProblem(error instanceof DocumentTooNewError ? 'boardTooNew' : 'boardLoadFailed'),
    [onProblem],
  )
  useEffect(() => {
    const refused = state?.refused
    if (!refused) return
    // This link no longer opens the board: an offline reload must not open it from the copy either.
    if (refused.code === CLOSE_CODES.forbidden.code || refused.code === CLOSE_CODES.notFound.code)
      forgetBoardMeta(boardId)
    if (refused.reason === CLOSE_CODES.keyRotated.reason) onProblem('boardKeyRotated')
    else if (refused.code === CLOSE_CODES.forbidden.code) onProblem('boardForbidden')
    else if (refused.code === CLOSE_CODES.notFound.code) onProblem('boardNotFound')
    else if (refused.code === CLOSE_CODES.tooMany.code) onProblem('boardTooBusy', refused.reason)
    else onProblem('boardChangeRefused', refused.reason)
  }, [state?.refused, onProblem, boardId])

  if (!connection || phase !== 'ready') return <Loading />
  if (view === 'outline')
    return (
      <OutlineLiveView
        connection={connection}
        role={loaded.meta.role}
        boardId={boardId}
        boardKey={boardKey}
        title={loaded.meta.title}
        onFatal={onFatal}
      />
    )
  return (
    <main className="board-page">
      <h1 className="visually-hidden">{loaded.meta.title}</h1>
      <BoardEditor
        connection={connection}
        role={loaded.meta.role}
        boardId={boardId}
        boardKey={boardKey}
        boardLocale={loaded.meta.locale}
        boardLocales={loaded.meta.locales}
        title={loaded.meta.title}
        inWorkshop={loaded.meta.inWorkshop}
        licenseKey={loaded.config.tldrawLicenseKey}
        onFatal={onFatal}
      />
    </main>
  )
}

function Loading() {
  const { t } = useI18n()
  return (
    <main className="center-page" aria-busy="true">
      <p role="status">{t('loadingBoard')}</p>
    </main>
  )
}

function BoardProblem({ message, detail }: { message: string; detail?: string | undefined }) {
  const { t } = useI18n()
  return (
    <main className="center-page">
      <h1>{t('appName')}</h1>
      <p role="alert">{message}</p>
      {detail && <p className="center-page__detail">{detail}</p>}
      <p className="center-page__actions">
        <button type="button" onClick={() => location.reload()}>
          {t('reload')}
        </button>{' '}
        <a href="/">{t('backToStart')}</a>
      </p>
    </main>
  )
}
