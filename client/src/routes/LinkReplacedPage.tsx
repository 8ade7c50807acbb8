import { useEffect } from 'react'

import { useI18n } from '../i18n/I18nProvider.tsx'
import { AppHeader } from './AppHeader.tsx'
import './facilitator.css'

/**
 * What a participant sees when the facilitator made new links to their board: on the spot
 * when their socket is closed, or when they open the old link later.
 */
export function LinkReplacedPage() {
  const { t } = useI18n()
  useEffect(() => {
    document.title = `${t('linkReplacedTitle')} – Bordduk`
  }, [t])
  return (
    <div className="start-page">
      <AppHeader />
      <main className="link-replaced">
        <div className="link-replaced__card">
          <svg className="link-replaced__icon" viewBox="0 0 48 48" aria-hidden="true">
            <path
              d="M20 28a8 8 0 0 0 11.3 0l6-6a8 8 0 0 0-11.3-11.3l-2 2M28 20a8 8 0 0 0-11.3 0l-6 6A8 8 0 0 0 22 37.3l2-2"
              fill="none"
              stroke="currentColor"
              strokeWidth="3.5"
              strokeLinecap="round"
            />
            <path d="M8 8l32 32" stroke="currentColor" strokeWidth="3.5" strokeLinecap="round" />
          </svg>
          <h1>{t('linkReplacedTitle')}</h1>
          <p role="alert" className="link-replaced__lead">
            {t('boardKeyRotated')}
          </p>
          <p>{t('linkReplacedKept')}</p>
          <p>{t('linkReplacedAsk')}</p>
          <p className="link-replaced__aside">{t('linkReplacedFacilitator')}</p>
          <p>
            <a className="primary-button" href="/">
              {t('backToStart')}
            </a>
          </p>
        </div>
      </main>
    </div>
  )
}
