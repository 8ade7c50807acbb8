import { useId, useState } from 'react'

import type { PaperSize } from '@bordduk/shared'

import { useI18n } from '../i18n/I18nProvider.tsx'
import type { ExportedSheet } from './exportSheets.ts'
import { pageSizeMm } from './printLayout.ts'
import { pixelsFor } from './png/pngTiles.ts'
import { renderSheetPng } from './png/renderSheetPng.ts'

const DPI_CHOICES = [72, 150, 300] as const

/** Pixel size of a sheet drawn to fill the chosen paper at `dpi`, keeping its shape. */
export function sheetPixels(sheet: ExportedSheet, paper: PaperSize, dpi: number): { w: number; h: number } {
  const page = pageSizeMm(paper, sheet.w, sheet.h)
  const mmPerUnit = Math.min(page.w / sheet.w, page.h / sheet.h)
  return { w: pixelsFor(sheet.w * mmPerUnit, dpi), h: pixelsFor(sheet.h * mmPerUnit, dpi) }
}

function fileName(boardTitle: string, sheet: ExportedSheet, extension: string): string {
  const base = `${boardTitle} – ${sheet.title}`.replace(/[^\p{L}\p{N} _–-]/gu, '').trim() || 'bordduk'
  return `${base}.${extension}`
}

function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = name
  link.click()
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
}

/** Each sheet as an SVG file, or as a PNG at the paper size and resolution chosen. */
export function SheetDownloads({
  sheets,
  paper,
  boardTitle,
}: {
  sheets: ExportedSheet[]
  paper: PaperSize
  boardTitle: string
}) {
  const { t } = useI18n()
  const id = useId()
  const [dpi, setDpi] = useState<number>(150)
  const [status, setStatus] = useState('')

  const downloadPng = async (sheet: ExportedSheet) => {
    const size = sheetPixels(sheet, paper, dpi)
    setStatus(t('makingPng', { sheet: sheet.title }))
    try {
      saveBlob(await renderSheetPng(sheet.svg, size.w, size.h, dpi), fileName(boardTitle, sheet, 'png'))
      setStatus('')
    } catch (error) {
      setStatus(t('pngFailed', { error: error instanceof Error ? error.message : String(error) }))
    }
  }

  return (
    <section className="sheet-downloads" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('downloadSheets')}</h2>
      <label htmlFor={`${id}-dpi`}>{t('resolution')}</label>{' '}
      <select id={`${id}-dpi`} value={dpi} onChange={(e) => setDpi(Number(e.target.value))}>
        {DPI_CHOICES.map((choice) => (
          <option key={choice} value={choice}>
            {choice} dpi
          </option>
        ))}
      </select>
      <ul>
        {sheets.map((sheet, i) => {
          const size = sheetPixels(sheet, paper, dpi)
          return (
            <li key={i}>
              <span id={`${id}-sheet-${i}`}>{sheet.title}</span>{' '}
              <button
                type="button"
                className="link-button"
                aria-describedby={`${id}-sheet-${i}`}
                onClick={() =>
                  saveBlob(
                    new Blob([sheet.svg], { type: 'image/svg+xml' }),
                    fileName(boardTitle, sheet, 'svg'),
                  )
                }
              >
                SVG
              </button>{' '}
              <button
                type="button"
                className="link-button"
                aria-describedby={`${id}-sheet-${i}`}
                onClick={() => void downloadPng(sheet)}
              >
                PNG ({size.w} × {size.h} px, {paper})
              </button>
            </li>
          )
        })}
      </ul>
      <p role="status">{status}</p>
    </section>
  )
}
