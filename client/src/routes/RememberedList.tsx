import { useEffect, useId, useState } from 'react'

import { LOCALE_TAGS } from '@bordduk/shared'

import { useI18n } from '../i18n/I18nProvider.tsx'
import { forget, readRemembered } from '../remembered/rememberedLinks.ts'
import type { RememberedLink } from '../remembered/rememberedLinks.ts'
import './facilitator.css'

/**
 * The start page's list of the workshops and boards made in this browser, with their links,
 * so closing the dashboard's tab does not lose the workshop. Nothing is shown when none.
 */
export function RememberedList() {
  const { t, locale } = useI18n()
  const id = useId()
  const [links, setLinks] = useState<RememberedLink[]>(() => readRemembered())
  useEffect(() => {
    // Another tab made or forgot one.
    const onStorage = () => setLinks(readRemembered())
    window.addEventListener('storage', onStorage)
    return () => window.removeEventListener('storage', onStorage)
  }, [])

  if (links.length === 0) return null
  const date = new Intl.DateTimeFormat(LOCALE_TAGS[locale], {
    dateStyle: 'medium',
    timeStyle: 'short',
  })
  return (
    <section className="remembered" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('rememberedHeading')}</h2>
      <p className="remembered__intro">{t('rememberedIntro')}</p>
      <ul className="remembered__list">
        {links.map((link) => (
          <li key={`${link.kind}-${link.id}`} className="remembered__item" data-kind={link.kind}>
            <span className="remembered__kind">
              {link.kind === 'workshop' ? t('rememberedWorkshop') : t('rememberedBoard')}
            </span>
            <span className="remembered__title">
              <a href={link.path}>{link.title}</a>
              <span className="remembered__meta">
                {link.groups !== undefined && `${t('dashboardGroupCount', { n: link.groups })} · `}
                {t('rememberedCreated', { date: date.format(new Date(link.createdAt)) })}
              </span>
            </span>
            <button
              type="button"
              className="secondary-button"
              aria-label={t('forgetItemLabel', { title: link.title })}
              onClick={() => {
                forget(link.kind, link.id)
                setLinks(readRemembered())
              }}
            >
              {t('forgetItem')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  )
}
