import { useEditor, useValue } from 'tldraw'
import type { TLShapeId } from 'tldraw'

import { useI18n } from '../../i18n/I18nProvider.tsx'
import { tidySection } from '../../notes/tidySection.ts'
import { canvasControlEvents } from '../canvasControlEvents.ts'

/**
 * "Rydd" in a section's heading: lays its notes out in a grid below the prompts. A real
 * button, so it is named, reachable by Tab and works by touch (see canvasControlEvents).
 */
export function TidyButton({ sectionId, title }: { sectionId: TLShapeId; title: string }) {
  const editor = useEditor()
  const { t, locale } = useI18n()
  const readonly = useValue('readonly', () => editor.getIsReadonly(), [editor])
  if (readonly) return null
  return (
    <button
      type="button"
      className="bd-section__tidy"
      // UI chrome on a sheet that may be marked as written in the board's language.
      lang={locale}
      // Out of the page's Tab order: by keyboard, Tidy is in the focused section's context menu.
      tabIndex={-1}
      aria-label={t('tidySectionLabel', { title })}
      title={t('tidySectionLabel', { title })}
      {...canvasControlEvents}
      onClick={() => tidySection(editor, sectionId)}
    >
      <span aria-hidden="true" className="bd-section__tidy-icon">
        ▦
      </span>
      {t('tidySection')}
    </button>
  )
}
