import { useId, useState } from 'react'
import type { FormEvent } from 'react'

import { MAX_WORKSHOP_GROUPS } from '@bordduk/shared'
import type { TemplateSummary } from '@bordduk/shared'

import { createWorkshop } from '../api/api.ts'
import { useI18n } from '../i18n/I18nProvider.tsx'
import { pathOf, remember } from '../remembered/rememberedLinks.ts'

/** The facilitator's way in: one tool, N groups, then the dashboard. */
export function WorkshopForm({ templates }: { templates: TemplateSummary[] }) {
  const { t, locale } = useI18n()
  const id = useId()
  const [templateId, setTemplateId] = useState(templates[0]?.id ?? 'blank')
  const [groups, setGroups] = useState(3)
  const [busy, setBusy] = useState(false)
  const [failed, setFailed] = useState(false)

  async function onSubmit(event: FormEvent) {
    event.preventDefault()
    setBusy(true)
    setFailed(false)
    try {
      const workshop = await createWorkshop({ templateId, groups, locale })
      const path = pathOf(workshop.dashboardUrl)
      // Before leaving: the start page lists it from now on, so a lost tab is not a lost workshop.
      remember({
        kind: 'workshop',
        id: workshop.id,
        title: workshop.title,
        path,
        groups: workshop.groups.length,
        createdAt: new Date().toISOString(),
      })
      location.assign(path)
    } catch {
      setFailed(true)
      setBusy(false)
    }
  }

  return (
    <form className="workshop-form" onSubmit={onSubmit}>
      <div className="workshop-form__field">
        <label htmlFor={`${id}-tool`}>{t('workshopTool')}</label>
        <select id={`${id}-tool`} value={templateId} onChange={(e) => setTemplateId(e.target.value)}>
          {templates.map((template) => (
            <option key={template.id} value={template.id}>
              {template.title}
            </option>
          ))}
        </select>
      </div>
      <div className="workshop-form__field">
        <label htmlFor={`${id}-groups`}>{t('workshopGroups')}</label>
        <input
          id={`${id}-groups`}
          type="number"
          min={1}
          max={MAX_WORKSHOP_GROUPS}
          required
          value={groups}
          onChange={(e) => setGroups(Number(e.target.value))}
        />
      </div>
      <button type="submit" className="primary-button" disabled={busy}>
        {busy ? t('creatingWorkshop') : t('createWorkshop')}
      </button>
      {failed && <p role="alert">{t('workshopFailed')}</p>}
    </form>
  )
}
