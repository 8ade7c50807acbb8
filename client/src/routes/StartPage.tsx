import { useState } from 'react'

import { createBoard } from '../api/api.ts'
import { useI18n } from '../i18n/I18nProvider.tsx'
import { LanguageSwitch } from './LanguageSwitch.tsx'

/** `/`: what Bordduk is, and a button that makes a new board. */
export default function StartPage() {
  const { t, locale } = useI18n()
  const [busy, setBusy] = useState(false)
  const [failed, setFailed] = useState(false)

  async function onNewBoard() {
    setBusy(true)
    setFailed(false)
    try {
      const board = await createBoard({ templateId: 'blank', locale })
      location.assign(`/b/${encodeURIComponent(board.id)}?key=${encodeURIComponent(board.editKey)}`)
    } catch {
      setFailed(true)
      setBusy(false)
    }
  }

  return (
    <div className="start-page">
      <header className="start-page__header">
        <span className="start-page__brand">{t('appName')}</span>
        <nav aria-label={t('mainNavigation')}>
          <LanguageSwitch />
        </nav>
      </header>
      <main className="start-page__main">
        <h1>{t('tagline')}</h1>
        <p className="start-page__intro">{t('intro')}</p>
        <button type="button" className="primary-button" onClick={onNewBoard} disabled={busy}>
          {busy ? t('creatingBoard') : t('newBoard')}
        </button>
        {failed && <p role="alert">{t('createFailed')}</p>}
      </main>
    </div>
  )
}
