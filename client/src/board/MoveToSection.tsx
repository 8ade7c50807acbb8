import { useEffect, useId, useRef } from 'react'
import {
  DefaultContextMenu,
  DefaultContextMenuContent,
  TldrawUiMenuGroup,
  TldrawUiMenuItem,
  atom,
  useActions,
  useEditor,
  useValue,
} from 'tldraw'
import type { Editor, TLShapeId, TLUiContextMenuProps, TLUiOverrides } from 'tldraw'

import { announce } from '../a11y/announcer.ts'
import { say } from '../a11y/canvasWords.ts'
import { useI18n } from '../i18n/I18nProvider.tsx'
import { keyboardMessages } from '../i18n/messages/keyboard.ts'
import { moveNotesToSection, noteSectionsInReadingOrder, sectionOfNote } from '../notes/notesBySection.ts'
import './keyboard.css'

/** The notes "Move to section" moves while its dialog is open (none: closed). */
const movingNotes = atom<readonly TLShapeId[]>('notes to move', [])

export const MOVE_TO_SECTION_ACTION = 'bd-move-to-section'

function selectedNoteIds(editor: Editor): TLShapeId[] {
  return editor
    .getSelectedShapes()
    .filter((s) => s.type === 'note')
    .map((s) => s.id)
}

/**
 * "Move to section …": an action (Alt+M, and in the context menu, which Ctrl+Shift+Enter opens)
 * that asks which section the selected notes go to. A modifier shortcut, marked as required for
 * accessibility, so it still works when a person has turned tldraw's shortcuts off.
 */
export const moveToSectionOverrides: TLUiOverrides = {
  actions(editor, actions) {
    actions[MOVE_TO_SECTION_ACTION] = {
      id: MOVE_TO_SECTION_ACTION,
      label: 'bd.move-to-section' as never,
      kbd: 'alt+m',
      isRequiredA11yAction: true,
      onSelect() {
        const ids = selectedNoteIds(editor)
        if (ids.length === 0) announce(say('keyMoveNothingSelected'))
        else movingNotes.set(ids)
      },
    }
    return actions
  },
  // tldraw shows the action's label in its own menus, in the language tldraw speaks.
  translations: {
    no: { 'bd.move-to-section': keyboardMessages.nb.keyMoveToSection },
    en: { 'bd.move-to-section': keyboardMessages.en.keyMoveToSection },
    sv: { 'bd.move-to-section': keyboardMessages.sv.keyMoveToSection },
  },
}

/** tldraw's context menu with "Move to section …" first when notes are selected. */
export function BoardContextMenu(props: TLUiContextMenuProps) {
  return (
    <DefaultContextMenu {...props}>
      <MoveToSectionMenuItem />
      <DefaultContextMenuContent />
    </DefaultContextMenu>
  )
}

function MoveToSectionMenuItem() {
  const editor = useEditor()
  const actions = useActions()
  const show = useValue(
    'notes selected',
    () => selectedNoteIds(editor).length > 0 && !editor.getIsReadonly(),
    [editor],
  )
  const action = actions[MOVE_TO_SECTION_ACTION]
  if (!show || !action) return null
  return (
    <TldrawUiMenuGroup id="bd-move-to-section">
      <TldrawUiMenuItem id={action.id} label={action.label} kbd={action.kbd} onSelect={action.onSelect} />
    </TldrawUiMenuGroup>
  )
}

/**
 * The sections to choose from, as a modal dialog of buttons in reading order. Rendered outside
 * tldraw's container, so its keys (Escape among them) stay with the dialog. After a move, focus
 * is back on the canvas with the notes still selected, and the move is announced.
 */
export function MoveToSectionDialog({ editor }: { editor: Editor }) {
  const { t } = useI18n()
  const titleId = useId()
  const dialog = useRef<HTMLDialogElement>(null)
  const ids = useValue('notes to move', () => movingNotes.get(), [])
  const open = ids.length > 0
  const sections = useValue('sections', () => (open ? noteSectionsInReadingOrder(editor) : []), [
    editor,
    open,
  ])
  const current = open && ids.length === 1 ? sectionOfNote(editor, ids[0]!)?.id : undefined

  useEffect(() => {
    const el = dialog.current
    if (!el) return
    if (open && !el.open) el.showModal()
    if (!open && el.open) el.close()
  }, [open])

  const finish = () => {
    movingNotes.set([])
    editor.getContainer().focus()
  }
  const moveTo = (sectionId: TLShapeId, title: string) => {
    const moved = moveNotesToSection(editor, ids, sectionId)
    editor.select(...ids)
    finish()
    if (moved === 1) announce(t('keyNoteMoved', { title }))
    else if (moved > 1) announce(t('keyNotesMoved', { n: moved, title }))
  }

  return (
    <dialog
      ref={dialog}
      className="move-to-section"
      aria-labelledby={titleId}
      // Escape closes a modal dialog by itself; keep our state in step.
      onClose={() => movingNotes.get().length > 0 && finish()}
    >
      <h2 id={titleId}>{t('keyMoveToSectionTitle')}</h2>
      <p>{t('keyMoveToSectionHelp')}</p>
      <ul className="move-to-section__list">
        {sections.map((s) => (
          <li key={s.id}>
            <button
              type="button"
              aria-current={s.id === current ? 'location' : undefined}
              onClick={() => moveTo(s.id, s.props.title)}
            >
              {s.props.number && <span className="move-to-section__number">{s.props.number}</span>}
              {s.props.title}
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="move-to-section__cancel" onClick={finish}>
        {t('keyCancel')}
      </button>
    </dialog>
  )
}
