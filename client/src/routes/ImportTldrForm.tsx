import { useId, useState } from 'react'
import type { ChangeEvent } from 'react'

import { announce } from '../a11y/announcer.ts'
import { importTldrFile, importTldrTemplate } from '../api/api.ts'
import { errorText } from '../api/errorText.ts'
import { useI18n } from '../i18n/I18nProvider.tsx'
import { readRemembered, remember } from '../remembered/rememberedLinks.ts'

/** The server's limit (`MAX_TLDR_FILE_BYTES`): a larger file is refused here without sending it. */
const MAX_FILE_BYTES = 5 * 1024 * 1024

type ImportAs = 'board' | 'template'

/** A remembered workshop's id and facilitator key, from its dashboard path (`/w/:id?key=`). */
function workshopKeyOf(path: string): { id: string; key: string } {
  const url = new URL(path, location.href)
  return { id: url.pathname.split('/')[2] ?? '', key: url.searchParams.get('key') ?? '' }
}

/**
 * A file input on the start page: a `.tldr` file becomes a new board, opened like "Lag tavle",
 * or a custom template in the gallery. Publishing a template needs a workshop's facilitator
 * key, as "save as template" does: the workshops this browser made (remembered with their keys)
 * are offered as its owner, and their dashboards list it for editing.
 */
export function ImportTldrForm() {
  const { t, locale } = useI18n()
  const inputId = useId()
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  const [importAs, setImportAs] = useState<ImportAs>('board')
  const [workshops] = useState(() => readRemembered().filter((link) => link.kind === 'workshop'))
  const [ownerPath, setOwnerPath] = useState(workshops[0]?.path ?? '')
  const [saved, setSaved] = useState<{ title: string; dashboard: string } | null>(null)
  const cannotSaveTemplate = importAs === 'template' && workshops.length === 0

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0]
    if (!file) return
    setBusy(true)
    setProblem(null)
    setSaved(null)
    announce(t('importBusy'))
    try {
      if (file.size > MAX_FILE_BYTES) throw new Error(t('apiErrorBodyTooLarge'))
      if (importAs === 'template') {
        const template = await importTldrTemplate(await file.text(), workshopKeyOf(ownerPath))
        setSaved({ title: template.title, dashboard: ownerPath })
        announce(t('importTemplateSaved', { title: template.title }))
        setBusy(false)
        event.target.value = ''
        return
      }
      const board = await importTldrFile(await file.text(), locale)
      const path = `/b/${encodeURIComponent(board.id)}?key=${encodeURIComponent(board.editKey)}`
      remember({ kind: 'board', id: board.id, title: board.title, path, createdAt: new Date().toISOString() })
      location.assign(path)
    } catch (error) {
      const text = t('importFailed', { reason: errorText(error, t) })
      setProblem(text)
      announce(text) // the app's one live region; the text also stays beside the input
      setBusy(false)
      event.target.value = ''
    }
  }

  return (
    <section className="import-tldr" aria-labelledby={`${inputId}-heading`}>
      <h2 id={`${inputId}-heading`}>{t('importHeading')}</h2>
      <p>{t('importIntro')}</p>
      <fieldset className="import-tldr__as">
        <legend>{t('importAsLegend')}</legend>
        {(['board', 'template'] as const).map((value) => (
          <label key={value}>
            <input
              type="radio"
              name={`${inputId}-as`}
              value={value}
              checked={importAs === value}
              onChange={() => setImportAs(value)}
            />{' '}
            {t(value === 'board' ? 'importAsBoard' : 'importAsTemplate')}
          </label>
        ))}
      </fieldset>
      {importAs === 'template' &&
        (workshops.length > 0 ? (
          <p>
            <label htmlFor={`${inputId}-owner`} className="import-tldr__label">
              {t('importTemplateOwner')}
            </label>
            <select
              id={`${inputId}-owner`}
              value={ownerPath}
              aria-describedby={`${inputId}-owner-hint`}
              onChange={(event) => setOwnerPath(event.target.value)}
            >
              {workshops.map((w) => (
                <option key={w.id} value={w.path}>
                  {w.title}
                </option>
              ))}
            </select>
            <span id={`${inputId}-owner-hint`} className="import-tldr__hint">
              {t('importTemplateOwnerHint')}
            </span>
          </p>
        ) : (
          <p className="import-tldr__hint" id={`${inputId}-no-workshop`}>
            {t('importTemplateNeedsWorkshop')}
          </p>
        ))}
      <label htmlFor={inputId} className="import-tldr__label">
        {t(importAs === 'template' ? 'importTemplateLabel' : 'importLabel')}
      </label>
      <input
        id={inputId}
        type="file"
        accept=".tldr,application/json"
        disabled={busy || cannotSaveTemplate}
        aria-describedby={
          problem ? `${inputId}-problem` : cannotSaveTemplate ? `${inputId}-no-workshop` : undefined
        }
        onChange={(event) => void onFile(event)}
      />
      {busy && <p>{t('importBusy')}</p>}
      {problem && (
        <p className="import-tldr__problem" id={`${inputId}-problem`}>
          {problem}
        </p>
      )}
      {saved && (
        <p className="import-tldr__saved" data-testid="import-template-saved">
          {t('importTemplateSaved', { title: saved.title })}{' '}
          <a href={saved.dashboard}>{t('importTemplateOpenDashboard')}</a>
        </p>
      )}
    </section>
  )
}
