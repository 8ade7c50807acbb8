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

import { SECTION_SHAPE, takesNotes } from '@bordduk/shared/shapes'

import { announce } from '../a11y/announcer.ts'
import { say } from '../a11y/canvasWords.ts'
import { useI18n } from '../i18n/I18nProvider.tsx'
import { moveNotesToSection, noteSectionsInReadingOrder, sectionOfNote } from '../notes/notesBySection.ts'
import { tidySection } from '../notes/tidySection.ts'
import type { SectionShape } from '../shapes/templateShapeTypes.ts'
import './keyboard.css'

/** The notes "Move to section" moves while its dialog is open (none: closed). */
const movingNotes = atom<readonly TLShapeId[]>('notes to move', [])

export const MOVE_TO_SECTION_ACTION = 'bd-move-to-section'
const TIDY_SECTION_ACTION = 'bd-tidy-section'

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
    // Rydd for a section that has keyboard focus: the button on it is for pointers.
    actions[TIDY_SECTION_ACTION] = {
      id: TIDY_SECTION_ACTION,
      label: 'bd.tidy-section' as never,
      onSelect() {
        const section = editor.getOnlySelectedShape()
        if (section?.type !== SECTION_SHAPE) return
        tidySection(editor, section.id)
        // The menu gives focus back as it closes: then the section has keyboard focus again.
        editor.timers.setTimeout(() => {
          editor.select(section.id)
          editor.focus()
        }, 50)
        announce(say('keyTidied', { title: (section as SectionShape).props.title }))
      },
    }
    return actions
  },
}

/** tldraw's context menu with "Move to section …" first for notes, "Tidy" for a section. */
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
  const which = useValue(
    'context action',
    () => {
      if (editor.getIsReadonly()) return undefined
      if (selectedNoteIds(editor).length > 0) return MOVE_TO_SECTION_ACTION
      const only = editor.getOnlySelectedShape()
      return only?.type === SECTION_SHAPE && takesNotes((only as SectionShape).props.kind)
        ? TIDY_SECTION_ACTION
        : undefined
    },
    [editor],
  )
  const action = which && actions[which]
  if (!action) return null
  return (
    <TldrawUiMenuGroup id="bd-canvas-actions">
      <TldrawUiMenuItem id={action.id} label={action.label} kbd={action.kbd} onSelect={action.onSelect} />
    </TldrawUiMenuGroup>
  )
}

/** Stops the next release of Enter or Space (within a moment) from reaching the canvas. */
function swallowKeyRelease() {
  const onKeyUp = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' && event.key !== ' ') return
    event.stopPropagation()
    stop()
  }
  const stop = () => {
    clearTimeout(timer)
    window.removeEventListener('keyup', onKeyUp, true)
  }
  const timer = setTimeout(stop, 1000)
  window.addEventListener('keyup', onKeyUp, true)
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
    // Enter or Space chose a button here; its release must not reach tldraw, which would open
    // the selected note for editing.
    swallowKeyRelease()
    movingNotes.set([])
    // The editor's own focus, not only the DOM's: its keys (Tab to the next shape) work again.
    editor.focus()
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
              {s.id === current && <span className="move-to-section__here">({t('keyCurrentSection')})</span>}
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
