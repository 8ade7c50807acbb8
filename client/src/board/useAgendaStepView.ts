import { useEffect, useRef } from 'react'
import type { Editor } from 'tldraw'

import type { BoardAgendaStep } from '@bordduk/shared'

import { announce } from '../a11y/announcer.ts'
import { useI18n } from '../i18n/I18nProvider.tsx'
import { agendaStepSections } from '../shapes/agendaStepSections.ts'
import { fitSections } from './fitSections.ts'

/**
 * Each new agenda step (a new `at`) moves this person's view to the step's sections and is
 * said to screen readers. A step already on when the board opens only moves the view: it is
 * where the group is, not news. Editing the step's words keeps `at`, so nobody is moved.
 */
export function useAgendaStepView(editor: Editor, step: BoardAgendaStep | null): void {
  const { t } = useI18n()
  const seen = useRef<number | null | undefined>(undefined)
  const sectionKey = step?.sectionIds.join(' ') ?? ''
  useEffect(() => {
    agendaStepSections.set(new Set(sectionKey ? sectionKey.split(' ') : []))
    return () => {
      agendaStepSections.set(new Set())
    }
  }, [sectionKey])
  useEffect(() => {
    const at = step?.at ?? null
    if (at === seen.current) return
    const first = seen.current === undefined
    seen.current = at
    if (!step) return
    // A new step outranks "follow me": the facilitator sent everyone to the step's sections.
    if (editor.getInstanceState().followingUserId) editor.stopFollowingUser()
    fitSections(editor, step.sectionIds)
    if (!first) {
      announce(
        t('agendaAnnounceStep', {
          n: step.index + 1,
          count: step.count,
          title: step.title,
          instruction: step.instruction,
        }),
      )
    }
  }, [editor, step, t])
}
