// First: before any schema is built (see the file).
import './zodWithoutEval.ts'

import { StrictMode, Suspense, lazy } from 'react'
import { createRoot } from 'react-dom/client'

import { LiveRegion } from './a11y/LiveRegion.tsx'
import { I18nProvider, useI18n } from './i18n/I18nProvider.tsx'
import { registerServiceWorker } from './registerServiceWorker.ts'
import { matchRoute } from './routes/matchRoute.ts'
import StartPage from './routes/StartPage.tsx'
import StatementPage from './routes/StatementPage.tsx'
import './styles.css'

// tldraw is large; the start page must not pay for it.
const BoardPage = lazy(() => import('./routes/BoardPage.tsx'))
const WorkshopPage = lazy(() => import('./routes/WorkshopPage.tsx'))
const PrintPage = lazy(() => import('./print/PrintPage.tsx'))
const PresentPage = lazy(() => import('./present/PresentPage.tsx'))

function App() {
  const { t } = useI18n()
  const route = matchRoute(location.pathname)
  switch (route.name) {
    case 'start':
      return <StartPage />
    case 'statement':
      return <StatementPage />
    case 'board':
      return (
        <Suspense fallback={<p role="status">{t('loadingBoard')}</p>}>
          <BoardPage boardId={route.boardId} />
        </Suspense>
      )
    case 'outline':
      return (
        <Suspense fallback={<p role="status">{t('loadingBoard')}</p>}>
          <BoardPage boardId={route.boardId} view="outline" />
        </Suspense>
      )
    case 'workshop':
      return (
        <Suspense fallback={<p role="status">{t('loadingBoard')}</p>}>
          <WorkshopPage workshopId={route.workshopId} />
        </Suspense>
      )
    case 'present':
      return (
        <Suspense fallback={<p role="status">{t('loadingBoard')}</p>}>
          <PresentPage workshopId={route.workshopId} />
        </Suspense>
      )
    case 'print':
      return (
        <Suspense fallback={<p role="status">{t('loadingBoard')}</p>}>
          <PrintPage boardId={route.boardId} />
        </Suspense>
      )
    case 'notFound':
      return (
        <main className="center-page">
          <h1>{t('boardNotFound')}</h1>
          <a href="/">{t('backToStart')}</a>
        </main>
      )
  }
}

// Not for the print view: the server's PDF exporter opens it, and would fetch the whole shell each time.
if (matchRoute(location.pathname).name !== 'print') registerServiceWorker()

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nProvider>
      <LiveRegion />
      <App />
    </I18nProvider>
  </StrictMode>,
)
