import { useBoard } from '../board/BoardContext.ts'
import { useI18n } from '../i18n/I18nProvider.tsx'
import { OUTLINE_PANEL_ID } from './OutlinePanel.tsx'

const TOGGLE_ATTRIBUTE = 'data-outline-toggle'

/** "Disposisjon" in the board's chrome: opens and closes the outline beside the canvas. */
export function OutlineToggle() {
  const { t } = useI18n()
  const { outlineOpen, setOutlineOpen } = useBoard()
  return (
    <button
      type="button"
      className="board-panel__button"
      aria-expanded={outlineOpen}
      aria-controls={outlineOpen ? OUTLINE_PANEL_ID : undefined}
      {...{ [TOGGLE_ATTRIBUTE]: '' }}
      data-closes-menu
      onClick={() => setOutlineOpen(!outlineOpen)}
    >
      {t('outlineToggle')}
    </button>
  )
}

/** Gives focus back to the toggle when the panel closes (it may be folded away in the board menu). */
export function focusOutlineToggle(): void {
  const toggle = document.querySelector<HTMLElement>(`[${TOGGLE_ATTRIBUTE}]`)
  if (toggle && toggle.offsetParent !== null) return toggle.focus()
  // Folded away: the board menu's button is where the toggle is found again.
  toggle?.closest('.board-menu')?.querySelector<HTMLElement>('.board-menu__button')?.focus()
}
