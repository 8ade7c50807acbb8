import { useCallback, useEffect, useState } from 'react'
import { useValue } from 'tldraw'
import type { Editor } from 'tldraw'

import { richTextToPlain } from '@bordduk/shared'
import type { BoardRole } from '@bordduk/shared'

import { announce } from '../a11y/announcer.ts'
import { useI18n } from '../i18n/I18nProvider.tsx'
import { buildOutline, sectionOfNote } from './buildOutline.ts'
import { Heading } from './Heading.tsx'
import { OutlineNoteList } from './OutlineNoteList.tsx'
import { OutlineSectionBlock } from './OutlineSectionBlock.tsx'
import type { FocusRequest, OutlineContext } from './outlineTypes.ts'
import { watchNewNotes } from './watchNewNotes.ts'
import './outline.css'

interface OutlineProps {
  editor: Editor
  role: BoardRole
  title: string
  /** Level of the board's title heading: 1 on the outline page, 2 in the panel beside the canvas. */
  level: 1 | 2
}

/**
 * The board as headings — title, sheets, sections with their questions, notes — where notes
 * can be added, edited, moved and deleted. It works on a tldraw editor bound to the board, so
 * every change reaches the canvas (and everyone else) at once, and theirs reach it.
 */
export function Outline({ editor, role, title, level }: OutlineProps) {
  const { t } = useI18n()
  const outline = useValue('outline', () => buildOutline(editor.getCurrentPageShapes()), [editor])
  const [focus, setFocus] = useState<FocusRequest>(null)
  const onFocused = useCallback(() => setFocus(null), [])
  useNewNoteAnnouncements(editor)

  // Also read-only for a participant while the facilitator has frozen the board.
  const frozenOrViewer = useValue('read-only', () => editor.getIsReadonly(), [editor])
  const context: OutlineContext = {
    editor,
    readOnly: role === 'view' || frozenOrViewer,
    targets: outline.sheets.flatMap((sheet) =>
      sheet.sections.filter((s) => s.takesNotes).map((section) => ({ sheet: sheet.title, section })),
    ),
    focus,
    onFocusRequest: setFocus,
    onFocused,
  }
  return (
    <div className="outline">
      <Heading level={level}>{title}</Heading>
      <p className="outline__intro">{t('outlineIntro')}</p>
      {context.readOnly && <p className="outline__readonly">{t('outlineReadOnly')}</p>}
      {outline.sheets.length === 0 && <p>{t('outlineNoSheets')}</p>}
      {outline.sheets.map((sheet) => (
        <section key={sheet.id} className="outline__sheet" aria-labelledby={`outline-${sheet.id}`}>
          <Heading level={level + 1} id={`outline-${sheet.id}`}>
            {sheet.title}
          </Heading>
          {sheet.sections.map((section) => (
            <OutlineSectionBlock key={section.id} context={context} section={section} level={level + 2} />
          ))}
        </section>
      ))}
      {(outline.unplaced.length > 0 || outline.sheets.length === 0) && (
        <section className="outline__sheet" aria-labelledby="outline-unplaced">
          <Heading level={level + 1} id="outline-unplaced">
            {t('outlineUnplaced')}
          </Heading>
          <OutlineNoteList context={context} notes={outline.unplaced} section={undefined} />
        </section>
      )}
    </div>
  )
}

/** Announces, once each and politely, the notes others add while the outline is open. */
function useNewNoteAnnouncements(editor: Editor) {
  const { t } = useI18n()
  useEffect(
    () =>
      watchNewNotes(editor.store, (notes) => {
        if (notes.length > 3) return announce(t('outlineAnnounceManyNew', { n: notes.length }))
        const outline = buildOutline(editor.getCurrentPageShapes())
        for (const note of notes) {
          const text = richTextToPlain(note.props.richText).replace(/\s+/g, ' ').trim()
          const section = sectionOfNote(outline, note.id)
          announce(
            section
              ? t('outlineAnnounceNew', { section: section.title, text })
              : t('outlineAnnounceNewUnplaced', { text }),
          )
        }
      }),
    [editor, t],
  )
}
