import { useId } from 'react'
import { useEditor, useValue } from 'tldraw'

import { useI18n } from '../i18n/I18nProvider.tsx'

/**
 * This browser's choice to have tldraw's keyboard shortcuts (N, V, Delete …) on or off. The
 * same preference as tldraw's own item in its accessibility menu; both are remembered.
 */
export function KeyboardShortcutsToggle() {
  const { t } = useI18n()
  const editor = useEditor()
  const id = useId()
  const on = useValue('shortcuts on', () => editor.user.getAreKeyboardShortcutsEnabled(), [editor])
  return (
    <div className="board-menu__row board-menu__row--wrap">
      <input
        id={id}
        type="checkbox"
        checked={on}
        aria-describedby={`${id}-help`}
        onChange={(e) => editor.user.updateUserPreferences({ areKeyboardShortcutsEnabled: e.target.checked })}
      />
      <label htmlFor={id}>{t('keyShortcuts')}</label>
      <p id={`${id}-help`} className="board-menu__help">
        {t('keyShortcutsHelp')}
      </p>
    </div>
  )
}
