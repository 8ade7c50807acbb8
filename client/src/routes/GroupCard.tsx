import QRCode from 'qrcode'
import { useEffect, useState } from 'react'

import type { WorkshopGroup } from '@bordduk/shared'

import { announce } from '../a11y/announcer.ts'
import { useI18n } from '../i18n/I18nProvider.tsx'
import { ConfirmButton } from './ConfirmButton.tsx'

interface GroupCardProps {
  group: WorkshopGroup
  /** Changes whenever the overview refreshed: reload the thumbnail. */
  refresh: number
  onRotate(): Promise<void>
  /** Freezes (true) or unfreezes the group's board; resolves once the server has done it. */
  onFreeze(frozen: boolean): Promise<void>
}

/** One group on the facilitator's overview: live thumbnail, head count, links and a QR code. */
export function GroupCard({ group, refresh, onRotate, onFreeze }: GroupCardProps) {
  const { t } = useI18n()
  const [qr, setQr] = useState<string | null>(null)
  const [copied, setCopied] = useState<string | null>(null)
  const [rotated, setRotated] = useState(false)

  useEffect(() => {
    let cancelled = false
    QRCode.toDataURL(group.editUrl, { margin: 1, width: 240 }).then((url) => !cancelled && setQr(url))
    return () => {
      cancelled = true
    }
  }, [group.editUrl])

  const copy = async (url: string) => {
    await navigator.clipboard?.writeText(url).catch(() => {})
    setCopied(url)
  }
  const headingId = `group-${group.boardId}`
  // Fetched with the group's view key: the dashboard key stays in the dashboard's own address.
  const viewKey = new URL(group.viewUrl, location.href).searchParams.get('key') ?? ''
  const thumbnail = `/api/boards/${encodeURIComponent(group.boardId)}/thumbnail.svg?key=${encodeURIComponent(viewKey)}&v=${refresh}`
  return (
    <li className="group-card" aria-labelledby={headingId}>
      <h2 id={headingId}>{group.name}</h2>
      <p className="group-card__count" data-testid="participants">
        {t('participants', { n: group.participants })}
        {group.frozen && (
          <>
            {' · '}
            <span className="group-card__frozen" data-testid="group-frozen">
              {t('frozenBadge')}
            </span>
          </>
        )}
        {group.silentNotes !== undefined && (
          <>
            {' · '}
            <span data-testid="group-silent">{t('silentGroupBadge', { n: group.silentNotes })}</span>
          </>
        )}
      </p>
      <p className="group-card__names" data-testid="present-names">
        {t('presentNamesLabel')} {group.names.length > 0 ? group.names.join(', ') : t('presentNamesNone')}
      </p>
      <img className="group-card__thumbnail" src={thumbnail} alt={t('thumbnailOf', { name: group.name })} />
      {qr && (
        <img
          className="group-card__qr"
          src={qr}
          alt={t('qrFor', { name: group.name })}
          width={120}
          height={120}
        />
      )}
      <dl className="group-card__links">
        {[
          [t('editLink'), group.editUrl],
          [t('viewLink'), group.viewUrl],
        ].map(([label, url]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>
              <a href={url}>{url}</a>{' '}
              <button type="button" onClick={() => void copy(url!)} aria-label={`${t('copyLink')}: ${label}`}>
                {copied === url ? t('copied') : t('copyLink')}
              </button>
            </dd>
          </div>
        ))}
      </dl>
      <p className="group-card__actions">
        <a href={group.facilitatorUrl}>{t('openAsFacilitator')}</a>{' '}
        <ConfirmButton
          label={t('rotateKeys')}
          title={t('rotateKeysTitle', { name: group.name })}
          explanation={[
            t('rotateKeysExplain', { name: group.name }),
            group.participants > 0
              ? t('rotateKeysDisconnects', { n: group.participants })
              : t('rotateKeysNobody'),
          ]}
          confirmLabel={t('rotateKeysConfirm')}
          className="danger-outline-button"
          onConfirm={() =>
            onRotate().then(() => {
              setRotated(true)
              announce(t('rotateKeysDone'))
            })
          }
        />
        {group.frozen ? (
          // Unfreezing gives back what freezing took: nothing to confirm.
          <button
            type="button"
            aria-label={t('unfreezeGroupLabel', { name: group.name })}
            onClick={() =>
              void onFreeze(false).then(
                () => announce(t('unfrozenDone', { name: group.name })),
                () => announce(t('freezeFailed')),
              )
            }
          >
            {t('unfreezeGroup')}
          </button>
        ) : (
          <ConfirmButton
            label={t('freezeGroup')}
            ariaLabel={t('freezeGroupLabel', { name: group.name })}
            title={t('freezeGroupTitle', { name: group.name })}
            explanation={[t('freezeGroupExplain', { name: group.name })]}
            confirmLabel={t('freezeConfirm')}
            onConfirm={() =>
              onFreeze(true).then(
                () => announce(t('frozenDone', { name: group.name })),
                () => announce(t('freezeFailed')),
              )
            }
          />
        )}
      </p>
      {rotated && <p data-testid="rotate-keys-done">{t('rotateKeysDone')}</p>}
    </li>
  )
}
