import { useEffect, useRef } from 'react'

import { AddNoteForm } from './AddNoteForm.tsx'
import type { OutlineSection } from './buildOutline.ts'
import { Heading } from './Heading.tsx'
import { OutlineNoteList } from './OutlineNoteList.tsx'
import { sectionName } from './outlineTypes.ts'
import type { OutlineContext } from './outlineTypes.ts'

/** One section: its heading, its guiding questions, its notes and a field for a new one. */
export function OutlineSectionBlock(props: {
  context: OutlineContext
  section: OutlineSection
  level: number
}) {
  const { context, section, level } = props
  const heading = useRef<HTMLHeadingElement>(null)
  const headingId = `outline-${section.id}`
  const { focus, onFocused } = context
  useEffect(() => {
    if (!focus || !('section' in focus) || focus.section !== section.id) return
    heading.current?.focus()
    onFocused()
  }, [focus, section.id, onFocused])
  return (
    <section className="outline__section" aria-labelledby={headingId}>
      <Heading level={level} id={headingId} focusRef={heading}>
        {sectionName(section)}
      </Heading>
      {section.prompts.length > 0 && (
        <ul className="outline__prompts">
          {section.prompts.map((prompt, i) => (
            <li key={i}>{prompt}</li>
          ))}
        </ul>
      )}
      {(section.takesNotes || section.notes.length > 0) && (
        <OutlineNoteList context={context} notes={section.notes} section={section} />
      )}
      {section.takesNotes && !context.readOnly && <AddNoteForm context={context} section={section} />}
    </section>
  )
}
