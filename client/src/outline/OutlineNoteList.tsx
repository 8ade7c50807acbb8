import { useI18n } from '../i18n/I18nProvider.tsx'
import type { OutlineNote, OutlineSection } from './buildOutline.ts'
import { OutlineNoteItem } from './OutlineNoteItem.tsx'
import type { OutlineContext } from './outlineTypes.ts'

/** A section's notes (or those outside every section) as a list. */
export function OutlineNoteList(props: {
  context: OutlineContext
  notes: readonly OutlineNote[]
  section: OutlineSection | undefined
}) {
  const { context, notes, section } = props
  const { t } = useI18n()
  if (notes.length === 0) return <p className="outline__empty">{t('outlineNoNotes')}</p>
  return (
    <ul className="outline__notes">
      {notes.map((note) => (
        <OutlineNoteItem key={note.id} context={context} note={note} section={section} />
      ))}
    </ul>
  )
}
