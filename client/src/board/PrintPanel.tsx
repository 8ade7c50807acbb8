import { useId, useState } from 'react'

import { PAPER_SIZES } from '@bordduk/shared'
import type { PaperSize } from '@bordduk/shared'

import { useI18n } from '../i18n/I18nProvider.tsx'
import { PanelPopover } from './PanelPopover.tsx'

/** Print the tablecloth: the browser's own print dialog, or a PDF made on the server. */
export function PrintPanel({ boardId, boardKey }: { boardId: string; boardKey: string }) {
  const { t } = useI18n()
  const id = useId()
  const [paper, setPaper] = useState<PaperSize>('A1')
  const query = `key=${encodeURIComponent(boardKey)}&paper=${paper}`
  const board = encodeURIComponent(boardId)
  return (
    <PanelPopover label={t('print')}>
      <label htmlFor={id}>{t('paper')}</label>{' '}
      <select id={id} value={paper} onChange={(e) => setPaper(e.target.value as PaperSize)}>
        {PAPER_SIZES.map((size) => (
          <option key={size} value={size}>
            {size}
          </option>
        ))}
      </select>
      <p>
        <a href={`/print/${board}?${query}`} target="_blank" rel="noreferrer">
          {t('print')}
        </a>{' '}
        · <a href={`/api/boards/${board}/export.pdf?${query}`}>{t('downloadPdf')}</a>
      </p>
    </PanelPopover>
  )
}
