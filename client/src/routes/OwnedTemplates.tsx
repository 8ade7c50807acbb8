import { useCallback, useEffect, useId, useState } from 'react'

import type { OwnedTemplate } from '@bordduk/shared'

import { announce } from '../a11y/announcer.ts'
import { deleteTemplate, listOwnedTemplates, updateTemplate } from '../api/api.ts'
import { errorText } from '../api/errorText.ts'
import { useI18n } from '../i18n/I18nProvider.tsx'

/**
 * The templates this facilitator saved from group boards: rename or delete them. Reloaded when
 * the window gets focus again, since templates are saved from a board in another tab.
 */
export function OwnedTemplates({ facilitatorKey }: { facilitatorKey: string }) {
  const { t } = useI18n()
  const id = useId()
  const [owned, setOwned] = useState<OwnedTemplate[]>([])
  const [status, setStatus] = useState('')

  const reload = useCallback(() => {
    listOwnedTemplates(facilitatorKey).then(setOwned, () => {})
  }, [facilitatorKey])
  useEffect(() => {
    reload()
    window.addEventListener('focus', reload)
    return () => window.removeEventListener('focus', reload)
  }, [reload])

  const change = async (action: () => Promise<unknown>, done: string) => {
    try {
      await action()
      setStatus(done)
      announce(done)
    } catch (error) {
      const failed = t('templateChangeFailed', { error: errorText(error, t) })
      setStatus(failed)
      announce(failed)
    }
    reload()
  }

  if (owned.length === 0) return null
  return (
    <section className="owned-templates" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('yourTemplates')}</h2>
      <p>{t('yourTemplatesIntro')}</p>
      <ul>
        {owned.map(({ template }) => (
          <li key={template.id}>
            <form
              onSubmit={(event) => {
                event.preventDefault()
                const title = String(new FormData(event.currentTarget).get('title') ?? '').trim()
                if (!title) return
                void change(
                  () => updateTemplate(facilitatorKey, { ...template, title: { nb: title, en: title } }),
                  t('templateRenamed', { title }),
                )
              }}
            >
              <label htmlFor={`${id}-${template.id}`}>{t('templateTitle')}</label>{' '}
              <input
                id={`${id}-${template.id}`}
                name="title"
                defaultValue={template.title.nb}
                maxLength={80}
                required
              />{' '}
              <button type="submit">{t('renameTemplate')}</button>{' '}
              <button
                type="button"
                onClick={() => {
                  const title = template.title.nb
                  if (!window.confirm(t('confirmDeleteTemplate', { title }))) return
                  void change(
                    () => deleteTemplate(facilitatorKey, template.id),
                    t('templateDeleted', { title }),
                  )
                }}
              >
                {t('deleteTemplate', { title: template.title.nb })}
              </button>
            </form>
          </li>
        ))}
      </ul>
      {/* Said through the app's live region (announce); shown here. */}
      <p data-testid="owned-templates-status">{status}</p>
    </section>
  )
}
