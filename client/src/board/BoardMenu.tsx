import { useEffect, useId, useRef, useState } from 'react'
import type { ReactNode } from 'react'

import { useI18n } from '../i18n/I18nProvider.tsx'
import { STATEMENT_PATH } from '../routes/matchRoute.ts'

/**
 * One button that holds what does not fit beside the status chip (print, versions, the board's
 * language, my language…). A disclosure, not an ARIA menu: its content is panels and form
 * fields. Escape or a press outside closes it. On phones the button is an icon with a name.
 */
export function BoardMenu({
  iconOnly = false,
  settingsOnly = false,
  children,
}: {
  iconOnly?: boolean
  /** On wide screens the board's actions sit in a row: the menu then holds only settings. */
  settingsOnly?: boolean
  children: ReactNode
}) {
  const { t } = useI18n()
  const name = t(settingsOnly ? 'boardSettings' : 'boardMenu')
  const id = useId()
  const [open, setOpen] = useState(false)
  const root = useRef<HTMLDivElement>(null)
  const button = useRef<HTMLButtonElement>(null)
  useEffect(() => {
    if (!open) return
    const onPointerDown = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false)
    }
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return
      setOpen(false)
      button.current?.focus()
    }
    document.addEventListener('pointerdown', onPointerDown, true)
    document.addEventListener('keydown', onKeyDown)
    return () => {
      document.removeEventListener('pointerdown', onPointerDown, true)
      document.removeEventListener('keydown', onKeyDown)
    }
  }, [open])
  return (
    <div className="board-menu" ref={root}>
      <button
        ref={button}
        type="button"
        className="board-panel__button board-menu__button"
        aria-expanded={open}
        aria-controls={id}
        aria-label={iconOnly ? name : undefined}
        title={iconOnly ? name : undefined}
        onClick={() => setOpen(!open)}
      >
        <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" focusable="false">
          <path
            d="M2 3.5h10M2 7h10M2 10.5h10"
            stroke="currentColor"
            strokeWidth="1.8"
            strokeLinecap="round"
          />
        </svg>
        {!iconOnly && name}
      </button>
      <section
        id={id}
        className="board-menu__sheet"
        aria-label={name}
        hidden={!open}
        onClick={(event) => {
          // A control that opens something beside the canvas (the outline) folds the menu away.
          if ((event.target as Element).closest('[data-closes-menu]')) setOpen(false)
        }}
      >
        {children}
        {/* Last, under everything the board does: about the service, not this board. */}
        <a className="board-menu__link" href={STATEMENT_PATH}>
          {t('accessibilityStatement')}
        </a>
      </section>
    </div>
  )
}
