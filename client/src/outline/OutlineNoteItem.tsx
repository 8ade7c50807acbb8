import { useEffect, useId, useRef, useState } from 'react'
import type { TLShapeId } from 'tldraw'

import { announce } from '../a11y/announcer.ts'
import { useI18n } from '../i18n/I18nProvider.tsx'
import { ConfirmButton } from '../routes/ConfirmButton.tsx'
import type { OutlineNote, OutlineSection } from './buildOutline.ts'
import { noteColourName } from './noteColourName.ts'
import { deleteNote, editNoteText, moveNoteToSection } from './outlineActions.ts'
import { sectionName, shortText } from './outlineTypes.ts'
import type { OutlineContext } from './outlineTypes.ts'

/** One note: its text, colour in words and author; for editors also edit, move and delete. */
export function OutlineNoteItem(props: {
  context: OutlineContext
  note: OutlineNote
  section: OutlineSection | undefined
}) {
  const { context, note, section } = props
  const { editor, readOnly, focus, onFocused, onFocusRequest } = context
  const { t } = useI18n()
  const [editing, setEditing] = useState(false)
  const editButton = useRef<HTMLButtonElement>(null)
  const label = shortText(note.text, t('outlineEmptyNote'))
  const colour = noteColourName(note.color)
  const author = editor.getAttributionDisplayName(note.authorId)

  useEffect(() => {
    if (!focus || !('note' in focus) || focus.note !== note.id) return
    editButton.current?.focus()
    onFocused()
  }, [focus, note.id, onFocused])

  const meta = [
    colour && t('outlineColour', { colour: t(colour) }),
    author && t('outlineAuthor', { name: author }),
  ].filter(Boolean)
  return (
    <li className="outline-note" data-color={note.color}>
      {editing ? (
        <EditNoteForm
          text={note.text}
          onSave={(text) => {
            editNoteText(editor, note.id, text, section?.id)
            announce(t('outlineAnnounceSaved'))
            setEditing(false)
            onFocusRequest({ note: note.id })
          }}
          onCancel={() => {
            setEditing(false)
            onFocusRequest({ note: note.id })
          }}
        />
      ) : (
        <p className="outline-note__text">{note.text.trim() || t('outlineEmptyNote')}</p>
      )}
      {meta.length > 0 && <p className="outline-note__meta">{meta.join(' · ')}</p>}
      {!readOnly && !editing && (
        <div className="outline-note__actions">
          <button
            ref={editButton}
            type="button"
            aria-label={t('outlineEditLabel', { text: label })}
            onClick={() => setEditing(true)}
          >
            {t('outlineEdit')}
          </button>
          <MoveNote context={context} noteId={note.id} label={label} current={section?.id} />
          <ConfirmButton
            label={t('outlineDelete')}
            ariaLabel={t('outlineDeleteLabel', { text: label })}
            title={t('outlineDeleteTitle')}
            explanation={[t('outlineDeleteExplain', { text: label })]}
            confirmLabel={t('outlineDeleteConfirm')}
            onConfirm={() => {
              deleteNote(editor, note.id)
              announce(t('outlineAnnounceDeleted'))
              if (section) onFocusRequest({ section: section.id })
            }}
          />
        </div>
      )}
    </li>
  )
}

/** The note's text in a field: Enter saves, Shift+Enter starts a new line, Escape cancels. */
function EditNoteForm(props: { text: string; onSave(text: string): void; onCancel(): void }) {
  const { t } = useI18n()
  const id = useId()
  const [text, setText] = useState(props.text)
  const field = useRef<HTMLTextAreaElement>(null)
  useEffect(() => {
    field.current?.focus()
    field.current?.select()
  }, [])
  return (
    <form
      className="outline-note__edit"
      onSubmit={(event) => {
        event.preventDefault()
        props.onSave(text.trim())
      }}
    >
      <label htmlFor={id}>{t('outlineNoteText')}</label>
      <textarea
        id={id}
        ref={field}
        rows={3}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.preventDefault()
            event.stopPropagation()
            props.onCancel()
          } else if (event.key === 'Enter' && !event.shiftKey) {
            event.preventDefault()
            props.onSave(text.trim())
          }
        }}
      />
      <span className="outline-note__actions">
        <button type="submit">{t('outlineSave')}</button>
        <button type="button" onClick={props.onCancel}>
          {t('outlineCancel')}
        </button>
      </span>
    </form>
  )
}

/** "Flytt til …": a choice of the other sections that take notes, and a button to move. */
function MoveNote(props: { context: OutlineContext; noteId: TLShapeId; label: string; current?: TLShapeId }) {
  const { context, noteId, label, current } = props
  const { t } = useI18n()
  const id = useId()
  const choices = context.targets.filter((target) => target.section.id !== current)
  const [chosen, setChosen] = useState<string>('')
  if (choices.length === 0) return null
  const sheets = [...new Set(choices.map((c) => c.sheet))]
  const value = choices.some((c) => c.section.id === chosen) ? chosen : choices[0]!.section.id
  return (
    <span className="outline-note__move">
      <label htmlFor={id}>
        {t('outlineMoveTo')}
        <span className="visually-hidden">{t('outlineForNote', { text: label })}</span>
      </label>
      <select id={id} value={value} onChange={(e) => setChosen(e.target.value)}>
        {sheets.map((sheet) => (
          <optgroup key={sheet} label={sheet}>
            {choices
              .filter((c) => c.sheet === sheet)
              .map((c) => (
                <option key={c.section.id} value={c.section.id}>
                  {sectionName(c.section)}
                </option>
              ))}
          </optgroup>
        ))}
      </select>
      <button
        type="button"
        aria-label={t('outlineMoveLabel', { text: label })}
        onClick={() => {
          const target = choices.find((c) => c.section.id === value)
          if (!target || !moveNoteToSection(context.editor, noteId, target.section.id)) return
          announce(t('outlineAnnounceMoved', { section: target.section.title }))
          context.onFocusRequest({ note: noteId })
        }}
      >
        {t('outlineMove')}
      </button>
    </span>
  )
}
