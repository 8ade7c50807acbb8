import { useEffect, useRef } from 'react'
import type { Editor } from 'tldraw'

import type { BoardRole } from '@bordduk/shared'

import { useI18n } from '../i18n/I18nProvider.tsx'
import { Outline } from './Outline.tsx'
import { outlineHref } from './outlineHref.ts'

export const OUTLINE_PANEL_ID = 'outline-panel'

/**
 * The outline beside the canvas (over it on phones). Focus moves into it when it opens; the
 * canvas stays usable beside it. It links to the outline's own page, which has no canvas.
 */
export function OutlinePanel(props: {
  editor: Editor
  role: BoardRole
  title: string
  boardId: string
  boardKey: string
  onClose(): void
}) {
  const { editor, role, title, boardId, boardKey, onClose } = props
  const { t } = useI18n()
  const close = useRef<HTMLButtonElement>(null)
  useEffect(() => close.current?.focus(), [])
  return (
    <aside
      id={OUTLINE_PANEL_ID}
      className="outline-panel"
      aria-label={t('outlineName')}
      onKeyDown={(event) => {
        // Keys typed here are the outline's: tldraw's shortcuts must not act on the canvas.
        event.stopPropagation()
      }}
    >
      <div className="outline-panel__bar">
        <button ref={close} type="button" onClick={onClose}>
          {t('outlineClose')}
        </button>
        <a href={outlineHref(boardId, boardKey)}>{t('outlineOpenAsPage')}</a>
      </div>
      <Outline editor={editor} role={role} title={title} level={2} />
    </aside>
  )
}
