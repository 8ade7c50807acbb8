import { z } from 'zod'

import { agendaStepSchema, pickText } from '@bordduk/shared'
import { SECTION_SHAPE } from '@bordduk/shared/shapes'
import type { AgendaSection, AgendaStep, BoardAgendaStep, Locale, Template } from '@bordduk/shared'

import type { StoredRecord } from '../boards/boardDocument.ts'

/** Private-state name of a workshop's agenda (see `Store.getPrivateState`). */
export const AGENDA_STATE = 'agenda'

/** A workshop's agenda as the server keeps it: the steps, the step the groups are on and since when. */
export const storedAgendaSchema = z.object({
  steps: z.array(agendaStepSchema),
  current: z.number().int().min(0).nullable(),
  /** When the current step was started: kept when the facilitator edits its words, so views stay put. */
  at: z.number().nullable(),
})
export type StoredAgenda = z.infer<typeof storedAgendaSchema>

/** The template's suggested agenda, written out in the workshop's language. */
export function agendaFromTemplate(template: Template | undefined, locale: Locale): StoredAgenda {
  const steps = (template?.agenda ?? []).map((step): AgendaStep => ({
    id: step.id,
    title: pickText(step.title, locale),
    sectionIds: step.sectionIds,
    minutes: step.minutes,
    instruction: pickText(step.instruction, locale),
  }))
  return { steps, current: null, at: null }
}

/** The sections a step can point at: the template's, or (template deleted since) those on a group board. */
export async function agendaSections(
  template: Template | undefined,
  locale: Locale,
  boardRecords: () => Promise<readonly StoredRecord[]>,
): Promise<AgendaSection[]> {
  if (template) {
    return template.sheets.flatMap((sheet) =>
      sheet.sections.map((section) => ({
        id: section.id,
        title: `${section.number ? `${section.number}. ` : ''}${pickText(section.title, locale)}`,
        sheetTitle: pickText(sheet.title, locale),
      })),
    )
  }
  return (await boardRecords()).flatMap((record) => {
    const shape = record as { type?: unknown; props?: { sectionId?: unknown; title?: unknown } }
    if (shape.type !== SECTION_SHAPE || typeof shape.props?.sectionId !== 'string') return []
    return [{ id: shape.props.sectionId, title: String(shape.props.title ?? ''), sheetTitle: '' }]
  })
}

/** What every group board holds while the groups are on step `index`. */
export function boardStep(agenda: StoredAgenda, index: number, at: number): BoardAgendaStep {
  const step = agenda.steps[index]!
  return {
    index,
    count: agenda.steps.length,
    title: step.title,
    instruction: step.instruction,
    sectionIds: step.sectionIds,
    minutes: step.minutes,
    at,
  }
}

/**
 * Runs one change of a workshop's agenda at a time: two quick clicks on "next" must move two
 * steps, not read the same step twice.
 */
export function serializePerKey() {
  const tails = new Map<string, Promise<unknown>>()
  return <T>(key: string, run: () => Promise<T>): Promise<T> => {
    const previous = tails.get(key) ?? Promise.resolve()
    const next = previous.then(run, run)
    const tail = next.catch(() => {})
    tails.set(key, tail)
    void tail.then(() => {
      if (tails.get(key) === tail) tails.delete(key)
    })
    return next
  }
}
