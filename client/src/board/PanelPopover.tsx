import { useState } from 'react'
import type { ReactNode } from 'react'

import { useI18n } from '../i18n/I18nProvider.tsx'

/** A button in the board's panel that opens a small panel below it, with a close button. */
export function PanelPopover({
  label,
  onOpen,
  children,
}: {
  label: string
  onOpen?(): void
  children: ReactNode
}) {
  const { t } = useI18n()
  const [open, setOpen] = useState(false)
  return (
    <div className="versions">
      <button
        type="button"
        className="board-panel__button"
        aria-expanded={open}
        onClick={() => {
          if (!open) onOpen?.()
          setOpen(!open)
        }}
      >
        {label}
      </button>
      {open && (
        <section className="versions__panel" aria-label={label}>
          {children}
          <button type="button" onClick={() => setOpen(false)}>
            {t('closePanel')}
          </button>
        </section>
      )}
    </div>
  )
}
