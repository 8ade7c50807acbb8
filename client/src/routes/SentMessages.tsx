import { LOCALE_TAGS } from '@bordduk/shared'
import type { WorkshopMessage } from '@bordduk/shared'

import { useI18n } from '../i18n/I18nProvider.tsx'

/** What the facilitator has said to every group, newest first, with the time it was sent. */
export function SentMessages({ messages, headingId }: { messages: WorkshopMessage[]; headingId: string }) {
  const { t, locale } = useI18n()
  const time = new Intl.DateTimeFormat(LOCALE_TAGS[locale], { timeStyle: 'short' })
  return (
    <section className="sent-messages" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('sentMessagesHeading')}</h3>
      {messages.length === 0 ? (
        <p className="sent-messages__empty">{t('noMessagesSent')}</p>
      ) : (
        <ul>
          {messages.map((message) => (
            <li key={`${message.sentAt}-${message.text}`}>
              <time dateTime={new Date(message.sentAt).toISOString()}>{time.format(message.sentAt)}</time>{' '}
              <span>{message.text}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
