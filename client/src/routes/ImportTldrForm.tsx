import { useId, useState } from 'react'
import type { ChangeEvent } from 'react'

import { announce } from '../a11y/announcer.ts'
import { importTldrFile } from '../api/api.ts'
import { errorText } from '../api/errorText.ts'
import { useI18n } from '../i18n/I18nProvider.tsx'
import { remember } from '../remembered/rememberedLinks.ts'

/** The server's limit (`MAX_TLDR_FILE_BYTES`): a larger file is refused here without sending it. */
const MAX_FILE_BYTES = 5 * 1024 * 1024

/** A file input on the start page: a `.tldr` file becomes a new board, opened like "Lag tavle". */
export function ImportTldrForm() {
  const { t, locale } = useI18n()
  const inputId = useId()
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0]
    if (!file) return
    setBusy(true)
    setProblem(null)
    announce(t('importBusy'))
    try {
      if (file.size > MAX_FILE_BYTES) throw new Error(t('apiErrorBodyTooLarge'))
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
      <label htmlFor={inputId} className="import-tldr__label">
        {t('importLabel')}
      </label>
      <input
        id={inputId}
        type="file"
        accept=".tldr,application/json"
        disabled={busy}
        aria-describedby={problem ? `${inputId}-problem` : undefined}
        onChange={(event) => void onFile(event)}
      />
      {busy && <p>{t('importBusy')}</p>}
      {problem && (
        <p className="import-tldr__problem" id={`${inputId}-problem`}>
          {problem}
        </p>
      )}
    </section>
  )
}
