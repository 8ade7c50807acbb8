import { useEffect, useState } from 'react'

import type { TemplateSummary } from '@bordduk/shared'

import { createBoard, listTemplates } from '../api/api.ts'
import { useI18n } from '../i18n/I18nProvider.tsx'
import { remember } from '../remembered/rememberedLinks.ts'
import { AppHeader } from './AppHeader.tsx'
import { ImportTldrForm } from './ImportTldrForm.tsx'
import { RememberedList } from './RememberedList.tsx'
import { SiteFooter } from './SiteFooter.tsx'
import { TemplateCard } from './TemplateCard.tsx'
import { WorkshopForm } from './WorkshopForm.tsx'

/** `/`: what Bordduk is, and the gallery of tablecloths to start a board from. */
export default function StartPage() {
  const { t, locale } = useI18n()
  const [templates, setTemplates] = useState<TemplateSummary[] | null>(null)
  const [busy, setBusy] = useState<string | null>(null)
  const [failed, setFailed] = useState(false)
  const [unreachable, setUnreachable] = useState(false)

  useEffect(() => {
    let cancelled = false
    const load = () =>
      listTemplates(locale).then(
        (list) => {
          if (cancelled) return
          setTemplates(list)
          setUnreachable(false)
        },
        () => !cancelled && setUnreachable(true),
      )
    void load()
    // Opened offline from the service worker's copy: the gallery comes when the network does.
    window.addEventListener('online', load)
    return () => {
      cancelled = true
      window.removeEventListener('online', load)
    }
  }, [locale])

  async function onCreate(templateId: string) {
    setBusy(templateId)
    setFailed(false)
    try {
      const board = await createBoard({ templateId, locale })
      const path = `/b/${encodeURIComponent(board.id)}?key=${encodeURIComponent(board.editKey)}`
      remember({ kind: 'board', id: board.id, title: board.title, path, createdAt: new Date().toISOString() })
      location.assign(path)
    } catch {
      setFailed(true)
      setBusy(null)
    }
  }

  return (
    <div className="start-page">
      <AppHeader linkHome={false} />
      <main className="start-page__main">
        <h1>{t('tagline')}</h1>
        <p className="start-page__intro">{t('intro')}</p>
        {failed && <p role="alert">{t('createFailed')}</p>}
        <RememberedList />
        <h2>{t('templatesHeading')}</h2>
        <p>{t('templatesIntro')}</p>
        {templates === null ? (
          unreachable ? (
            <p role="alert">{t('templatesOffline')}</p>
          ) : (
            <p role="status">{t('loadingTemplates')}</p>
          )
        ) : (
          <ul className="template-gallery">
            {templates.map((template) => (
              <TemplateCard
                key={template.id}
                template={template}
                busy={busy === template.id}
                disabled={busy !== null}
                onCreate={() => onCreate(template.id)}
              />
            ))}
          </ul>
        )}
        <h2>{t('workshopHeading')}</h2>
        <p>{t('workshopIntro')}</p>
        {templates && <WorkshopForm templates={templates} />}
        <ImportTldrForm />
      </main>
      <SiteFooter />
    </div>
  )
}
