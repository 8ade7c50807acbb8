import type { TemplateSummary } from '@bordduk/shared'

import { useI18n } from '../i18n/I18nProvider.tsx'

interface TemplateCardProps {
  template: TemplateSummary
  busy: boolean
  disabled: boolean
  onCreate(): void
}

/** One tool in the gallery: its layout as a picture, what it is for, and a button to start. */
export function TemplateCard({ template, busy, disabled, onCreate }: TemplateCardProps) {
  const { t } = useI18n()
  const headingId = `template-${template.id}`
  return (
    <li className="template-card" aria-labelledby={headingId}>
      <img
        className="template-card__preview"
        src={template.previewUrl}
        alt={t('previewOf', { title: template.title })}
        loading="lazy"
      />
      <h3 id={headingId}>{template.title}</h3>
      {template.custom && <p className="template-card__meta">{t('customTemplate')}</p>}
      {template.sheets.length > 1 && (
        <p className="template-card__meta">{t('sheetCount', { n: template.sheets.length })}</p>
      )}
      <p>{template.description}</p>
      {template.whenToUse && (
        <p className="template-card__when">
          <strong>{t('whenToUse')}:</strong> {template.whenToUse}
        </p>
      )}
      <button
        type="button"
        className="primary-button"
        onClick={onCreate}
        disabled={disabled}
        aria-label={`${busy ? t('creatingBoard') : t('createFromTemplate')}: ${template.title}`}
      >
        {busy ? t('creatingBoard') : t('createFromTemplate')}
      </button>
    </li>
  )
}
