import { useEffect, useState } from 'react'

import { getClientConfig } from '../api/api.ts'
import { useI18n } from '../i18n/I18nProvider.tsx'
import type { MessageKey } from '../i18n/messages.ts'
import { AppHeader } from './AppHeader.tsx'

/** When Bordduk's own part of the statement was last reviewed; change it with the text. */
const STATEMENT_UPDATED = '2026-11-26'

/** Date formats per interface language; an unknown one falls back to bokmål's. */
const DATE_LOCALES: Record<string, string> = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB', sv: 'sv-SE' }

const CONFORMS: MessageKey[] = [
  'statementConforms1',
  'statementConforms2',
  'statementConforms3',
  'statementConforms4',
]
const DEVIATIONS: MessageKey[] = [
  'statementDeviation1',
  'statementDeviation2',
  'statementDeviation3',
  'statementDeviation4',
]

/** The host's contact as a link: an e-mail address becomes mailto:, a URL stays itself. */
function ContactLink({ contact }: { contact: string }) {
  const href = /^https?:\/\//i.test(contact) ? contact : `mailto:${contact}`
  return <a href={href}>{contact}</a>
}

/**
 * `/tilgjengelighet`: the accessibility statement for Bordduk itself. The host's own part (who
 * answers, their tests) is theirs to publish; the page says so, and shows the contact address
 * the host configured (`ACCESSIBILITY_CONTACT`).
 */
export default function StatementPage() {
  const { t, locale } = useI18n()
  const [contact, setContact] = useState<string | null | undefined>(undefined)
  useEffect(() => {
    let cancelled = false
    getClientConfig().then(
      (config) => !cancelled && setContact(config.accessibilityContact ?? null),
      () => !cancelled && setContact(null),
    )
    return () => {
      cancelled = true
    }
  }, [])
  useEffect(() => {
    document.title = `${t('statementTitle')} – Bordduk`
  }, [t])
  const updated = new Intl.DateTimeFormat(DATE_LOCALES[locale] ?? 'nb-NO', { dateStyle: 'long' }).format(
    new Date(`${STATEMENT_UPDATED}T12:00:00Z`),
  )

  return (
    <div className="start-page">
      <AppHeader />
      <main className="start-page__main statement-page">
        <h1>{t('statementTitle')}</h1>
        <p className="start-page__intro">{t('statementIntro')}</p>

        <h2>{t('statementStandardHeading')}</h2>
        <p>{t('statementStandard')}</p>

        <h2>{t('statementConformsHeading')}</h2>
        <ul>
          {CONFORMS.map((key) => (
            <li key={key}>{t(key)}</li>
          ))}
        </ul>

        <h2>{t('statementDeviationsHeading')}</h2>
        <ul>
          {DEVIATIONS.map((key) => (
            <li key={key}>{t(key)}</li>
          ))}
        </ul>

        <h2>{t('statementReportHeading')}</h2>
        <p>{t('statementReportIntro')}</p>
        <p data-testid="statement-contact">
          {contact ? (
            <>
              {t('statementReportContact')} <ContactLink contact={contact} />
            </>
          ) : contact === null ? (
            t('statementReportNoContact')
          ) : null}
        </p>
        <p>{t('statementComplaint')}</p>

        <h2>{t('statementHostHeading')}</h2>
        <p>{t('statementHost')}</p>

        <p className="statement-page__updated">{t('statementUpdated', { date: updated })}</p>
      </main>
    </div>
  )
}
