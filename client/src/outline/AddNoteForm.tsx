import { useId, useState } from 'react'

import { announce } from '../a11y/announcer.ts'
import { useI18n } from '../i18n/I18nProvider.tsx'
import type { OutlineSection } from './buildOutline.ts'
import { addNoteToSection } from './outlineActions.ts'
import type { OutlineContext } from './outlineTypes.ts'

/**
 * "Ny lapp": a text field; Enter adds the note to the section's free space on the canvas.
 * Focus stays in the field, so several notes can be written one after another.
 */
export function AddNoteForm({ context, section }: { context: OutlineContext; section: OutlineSection }) {
  const { t } = useI18n()
  const id = useId()
  const [text, setText] = useState('')
  return (
    <form
      className="outline__add"
      onSubmit={(event) => {
        event.preventDefault()
        const trimmed = text.trim()
        if (!trimmed) return
        if (!addNoteToSection(context.editor, section.id, trimmed)) return
        setText('')
        announce(t('outlineAnnounceAdded', { section: section.title }))
      }}
    >
      <label htmlFor={id}>
        {t('outlineNewNote')}
        <span className="visually-hidden">{t('outlineInSection', { section: section.title })}</span>
      </label>
      <span className="outline__add-row">
        <input
          id={id}
          type="text"
          value={text}
          onChange={(e) => setText(e.target.value)}
          autoComplete="off"
        />
        <button type="submit">
          {t('outlineAdd')}
          <span className="visually-hidden">{t('outlineInSection', { section: section.title })}</span>
        </button>
      </span>
    </form>
  )
}
