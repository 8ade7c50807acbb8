import { useId, useState } from 'react'

import { PAPER_SIZES } from '@bordduk/shared'
import type { PaperSize } from '@bordduk/shared'

import { useI18n } from '../i18n/I18nProvider.tsx'
import { PanelPopover } from './PanelPopover.tsx'

/**
 * Print the tablecloth (the browser's own print dialog, or a PDF made on the server), and take
 * its content along: the notes as Markdown, CSV or Word, the board as a tldraw file.
 */
export function PrintPanel({ boardId, boardKey }: { boardId: string; boardKey: string }) {
  const { t } = useI18n()
  const id = useId()
  const [paper, setPaper] = useState<PaperSize>('A1')
  const [tile, setTile] = useState<'' | 'A4' | 'A3'>('')
  const keyQuery = `key=${encodeURIComponent(boardKey)}`
  const query = `${keyQuery}&paper=${paper}${tile ? `&tile=${tile}` : ''}`
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
      </select>{' '}
      <label htmlFor={`${id}-tile`}>{t('tileOnto')}</label>{' '}
      <select id={`${id}-tile`} value={tile} onChange={(e) => setTile(e.target.value as '' | 'A4' | 'A3')}>
        <option value="">{t('tileNone')}</option>
        <option value="A4">A4</option>
        <option value="A3">A3</option>
      </select>
      <p>
        <a href={`/print/${board}?${query}`} target="_blank" rel="noreferrer">
          {t('print')}
        </a>{' '}
        · <a href={`/api/boards/${board}/export.pdf?${query}`}>{t('downloadPdf')}</a>
      </p>
      <p>{t('downloadData')}:</p>
      <ul>
        <li>
          <a href={`/api/boards/${board}/answers.md?${keyQuery}`} download>
            {t('answersMarkdown')}
          </a>
        </li>
        <li>
          <a href={`/api/boards/${board}/answers.csv?${keyQuery}`} download>
            {t('answersCsv')}
          </a>
        </li>
        <li>
          <a href={`/api/boards/${board}/answers.docx?${keyQuery}`} download>
            {t('answersDocx')}
          </a>
        </li>
        <li>
          <a href={`/api/boards/${board}/snapshot?${keyQuery}`} download>
            {t('tldrFile')}
          </a>
        </li>
      </ul>
    </PanelPopover>
  )
}
