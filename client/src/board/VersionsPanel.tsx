import { useId, useState } from 'react'
import type { FormEvent } from 'react'

import { LOCALE_TAGS } from '@bordduk/shared'
import type { BoardVersionInfo } from '@bordduk/shared'

import { announce } from '../a11y/announcer.ts'
import { listVersions, restoreVersion, saveVersion } from '../api/api.ts'
import { useI18n } from '../i18n/I18nProvider.tsx'
import { PanelPopover } from './PanelPopover.tsx'

/** Named versions of the board: save one now, or put the board back to one, for everyone. */
export function VersionsPanel({ boardId, boardKey }: { boardId: string; boardKey: string }) {
  const { t, locale } = useI18n()
  const id = useId()
  const [versions, setVersions] = useState<BoardVersionInfo[] | null>(null)
  const [name, setName] = useState('')
  const [restored, setRestored] = useState<string | null>(null)

  const load = () => void listVersions(boardId, boardKey).then(setVersions)

  const save = async (event: FormEvent) => {
    event.preventDefault()
    const version = await saveVersion(boardId, boardKey, name.trim())
    setVersions((list) => [version, ...(list ?? [])])
    setName('')
  }
  const restore = async (version: BoardVersionInfo) => {
    await restoreVersion(boardId, boardKey, version.id)
    setRestored(version.name)
    announce(t('versionRestored', { name: version.name }))
  }
  const time = (iso: string) =>
    new Date(iso).toLocaleString(LOCALE_TAGS[locale], {
      dateStyle: 'short',
      timeStyle: 'short',
    })

  return (
    <PanelPopover label={t('versions')} onOpen={load}>
      <form onSubmit={save}>
        <label htmlFor={id}>{t('versionName')}</label>
        <input id={id} value={name} maxLength={80} required onChange={(e) => setName(e.target.value)} />
        <button type="submit">{t('saveVersion')}</button>
      </form>
      {versions?.length === 0 && <p>{t('noVersions')}</p>}
      <ul>
        {versions?.map((version) => (
          <li key={version.id}>
            <span>
              {version.name} <small>{time(version.createdAt)}</small>
            </span>
            <button
              type="button"
              aria-label={t('restoreVersionOf', { name: version.name })}
              onClick={() => void restore(version)}
            >
              {t('restoreVersion')}
            </button>
          </li>
        ))}
      </ul>
      {restored && <p>{t('versionRestored', { name: restored })}</p>}
    </PanelPopover>
  )
}
