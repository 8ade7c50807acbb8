import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { CSSProperties } from 'react'

import type { Workshop } from '@bordduk/shared'

import { announce } from '../a11y/announcer.ts'
import { ApiError, getClientConfig, getWorkshop } from '../api/api.ts'
import { useI18n } from '../i18n/I18nProvider.tsx'
import type { MessageKey } from '../i18n/messages.ts'
import { PresentTile } from './PresentTile.tsx'
import { SHEET_ASPECT, presentGrid } from './presentGrid.ts'
import { usePresentKeys } from './usePresentKeys.ts'
import './present.css'

/** How often the groups' view links are read again (a facilitator may have replaced one). */
const REFRESH_MS = 15_000
/** Space between tiles, in CSS pixels. */
const GAP_PX = 16

/** The names' size: large while few groups share the screen, smaller as more do (px). */
function labelFontPx(groups: number, width: number, height: number): number {
  const vmin = Math.min(width, height) / 100
  return Math.round(vmin * (groups <= 6 ? 4 : groups <= 12 ? 3 : 2.4))
}

/**
 * `/w/:id/present?key=`: every group's board side by side on the projector, live and read-only,
 * each named large. A tile (click, Enter, or its number key) shows that group large; arrows
 * and Page Up/Down (what presenter clickers send) step through the groups; Escape goes back.
 */
export default function PresentPage({ workshopId }: { workshopId: string }) {
  const { t } = useI18n()
  const key = new URLSearchParams(location.search).get('key') ?? ''
  const [workshop, setWorkshop] = useState<Workshop | null>(null)
  const [licenseKey, setLicenseKey] = useState<string | undefined>()
  const [problem, setProblem] = useState<MessageKey | null>(null)
  /** The group shown large, or null for the grid. */
  const [shown, setShown] = useState<number | null>(null)
  /** The large view zooms in on where the notes are: on the whole sheet they are too small to read. */
  const [zoomToNotes, setZoomToNotes] = useState(true)
  const openers = useRef(new Map<number, HTMLButtonElement>())
  const allGroupsButton = useRef<HTMLButtonElement>(null)
  const [areaSize, setArea] = useElementSize()

  useEffect(() => {
    let cancelled = false
    const load = () =>
      getWorkshop(workshopId, key).then(
        (w) => !cancelled && setWorkshop(w),
        (error: unknown) => {
          if (cancelled) return
          if (error instanceof ApiError && error.status === 404) setProblem('workshopNotFound')
          else if (error instanceof ApiError && error.status === 403) setProblem('workshopForbidden')
        },
      )
    void load()
    void getClientConfig().then((config) => !cancelled && setLicenseKey(config.tldrawLicenseKey))
    const timer = setInterval(load, REFRESH_MS)
    return () => {
      cancelled = true
      clearInterval(timer)
    }
  }, [workshopId, key])

  useEffect(() => {
    if (workshop) document.title = `${t('presentTitle', { title: workshop.title })} – Bordduk`
  }, [workshop, t])

  const groups = useMemo(() => workshop?.groups ?? [], [workshop])
  const count = groups.length
  const show = useCallback(
    (index: number) => {
      const group = groups[index]
      if (!group) return
      setShown(index)
      announce(t('presentShowing', { name: group.name, n: index + 1, total: count }))
    },
    [groups, count, t],
  )
  const backToGrid = useCallback(() => {
    const was = shown
    setShown(null)
    if (was !== null) requestAnimationFrame(() => openers.current.get(was)?.focus())
  }, [shown])
  // Focus follows the view: to "all groups" when one is opened, so Enter or Escape leads back.
  const wasLarge = useRef(false)
  useEffect(() => {
    if (shown !== null && !wasLarge.current) allGroupsButton.current?.focus()
    wasLarge.current = shown !== null
  }, [shown])

  const focusedTile = () =>
    [...openers.current].find(([, button]) => button === document.activeElement)?.[0] ?? null
  // In the grid the arrows move between the tiles (Enter opens one); a clicker, which has no
  // Enter, opens the focused group, or the first (Page Down) or last (Page Up).
  usePresentKeys({
    next: (byPage) => {
      const focused = focusedTile()
      if (shown !== null) show((shown + 1) % count)
      else if (byPage) show(focused ?? 0)
      else if (count > 0) openers.current.get(((focused ?? -1) + 1) % count)?.focus()
    },
    previous: (byPage) => {
      const focused = focusedTile()
      if (shown !== null) show((shown - 1 + count) % count)
      else if (byPage) show(focused ?? count - 1)
      else if (count > 0) openers.current.get(((focused ?? count) - 1 + count) % count)?.focus()
    },
    jump: (index) => index < count && show(index),
    back: backToGrid,
  })

  if (problem) {
    return (
      <main className="center-page">
        <h1>{t('appName')}</h1>
        <p role="alert">{t(problem)}</p>
        <a href="/">{t('backToStart')}</a>
      </main>
    )
  }
  if (!workshop) {
    return (
      <main className="center-page" aria-busy="true">
        <p role="status">{t('loadingBoard')}</p>
      </main>
    )
  }

  const labelPx = labelFontPx(count, window.innerWidth, window.innerHeight) * 1.3 + 8
  const grid = presentGrid(count, areaSize.width, areaSize.height, { gapPx: GAP_PX, labelPx })
  // Each tile as large as the sheet it shows, the grid centred: no blank bands inside the tiles.
  const style = {
    '--present-columns': grid.columns,
    '--present-rows': grid.rows,
    '--present-tile-w': `${Math.floor(grid.boardWidthPx)}px`,
    '--present-tile-h': `${Math.floor(grid.boardWidthPx / SHEET_ASPECT + labelPx)}px`,
    '--present-gap': `${GAP_PX}px`,
    '--present-label': `${labelFontPx(count, window.innerWidth, window.innerHeight)}px`,
  } as CSSProperties
  const large = shown !== null ? groups[shown] : undefined
  return (
    <div className="present" data-view={large ? 'large' : 'grid'}>
      <header className="present__bar">
        <h1 className="present__title">{workshop.title}</h1>
        {large ? (
          <nav className="present__nav" aria-label={t('presentNavigation')}>
            <button type="button" onClick={() => show((shown! - 1 + count) % count)} disabled={count < 2}>
              <span aria-hidden="true">← </span>
              {t('presentPrevious')}
            </button>
            <span className="present__position">{t('presentPosition', { n: shown! + 1, total: count })}</span>
            <button type="button" onClick={() => show((shown! + 1) % count)} disabled={count < 2}>
              {t('presentNext')}
              <span aria-hidden="true"> →</span>
            </button>
            <button type="button" aria-pressed={zoomToNotes} onClick={() => setZoomToNotes((z) => !z)}>
              {t('presentZoomToNotes')}
            </button>
            <button type="button" ref={allGroupsButton} className="present__all" onClick={backToGrid}>
              {t('presentAllGroups')}
            </button>
          </nav>
        ) : (
          <p className="present__hint">{t('presentHint')}</p>
        )}
      </header>
      <main className="present__main" ref={setArea} style={style}>
        <ul className="present__grid">
          {groups.map((group, index) => (
            <PresentTile
              key={group.boardId}
              group={group}
              number={index + 1}
              hidden={large !== undefined && large !== group}
              large={large === group}
              licenseKey={licenseKey}
              zoomToNotes={zoomToNotes}
              openerRef={(button) => {
                if (button) openers.current.set(index, button)
                else openers.current.delete(index)
              }}
              onOpen={() => show(index)}
            />
          ))}
        </ul>
      </main>
    </div>
  )
}

/** An element's size in CSS pixels, kept up to date as it changes; pass `setElement` as its ref. */
function useElementSize() {
  const [element, setElement] = useState<HTMLElement | null>(null)
  const [size, setSize] = useState({ width: window.innerWidth, height: window.innerHeight })
  useEffect(() => {
    if (!element) return
    const observer = new ResizeObserver(([entry]) => {
      if (!entry) return
      const { width, height } = entry.contentRect
      setSize((s) => (s.width === width && s.height === height ? s : { width, height }))
    })
    observer.observe(element)
    return () => observer.disconnect()
  }, [element])
  return [size, setElement] as const
}
