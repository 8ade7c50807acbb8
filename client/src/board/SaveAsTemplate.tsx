import { useId, useState } from 'react'
import type { FormEvent } from 'react'

import { announce } from '../a11y/announcer.ts'
import { saveTemplate } from '../api/api.ts'
import { useI18n } from '../i18n/I18nProvider.tsx'
import { PanelPopover } from './PanelPopover.tsx'

/** A facilitator saves this board's printed layer, as adjusted, as a template of their own. */
export function SaveAsTemplate({ boardId, boardKey }: { boardId: string; boardKey: string }) {
  const { t, locale } = useI18n()
  const id = useId()
  const [title, setTitle] = useState('')
  const [description, setDescription] = useState('')
  const [saved, setSaved] = useState<string | null>(null)
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const template = await saveTemplate(boardKey, {
      boardId,
      title: title.trim(),
      description: description.trim(),
      locale,
    })
    setSaved(template.title)
    announce(t('templateSaved', { title: template.title }))
  }
  return (
    <PanelPopover label={t('saveAsTemplate')}>
      <>
        <form onSubmit={submit}>
          <label htmlFor={`${id}-title`}>{t('templateTitle')}</label>
          <input
            id={`${id}-title`}
            value={title}
            maxLength={80}
            required
            onChange={(e) => setTitle(e.target.value)}
          />
          <label htmlFor={`${id}-description`}>{t('templateDescription')}</label>
          <input
            id={`${id}-description`}
            value={description}
            maxLength={400}
            onChange={(e) => setDescription(e.target.value)}
          />
          <button type="submit">{t('saveAsTemplate')}</button>
        </form>
        {saved && <p data-testid="template-saved">{t('templateSaved', { title: saved })}</p>}
      </>
    </PanelPopover>
  )
}
