import { describe, expect, it } from 'vitest'

import { LOCALES, MAX_STEP_INSTRUCTION_LENGTH, templateSchema } from '@bordduk/shared'

import { builtInTemplates } from '../catalogue.ts'

const withSections = builtInTemplates.filter((t) => t.sheets.some((s) => s.sections.length > 0))

describe('built-in agendas', () => {
  it.each(withSections.map((t) => [t.id, t] as const))(
    '%s has a sane agenda in every language',
    (_, template) => {
      const agenda = template.agenda ?? []
      expect(agenda.length).toBeGreaterThanOrEqual(3)
      const order = template.sheets.flatMap((sheet) => sheet.sections.map((s) => s.id))
      let last = -1
      for (const step of agenda) {
        for (const text of [step.title, step.instruction]) {
          for (const locale of LOCALES) expect(text[locale], `${step.id} ${locale}`).toBeTruthy()
        }
        for (const text of Object.values(step.instruction)) {
          expect(text.length).toBeLessThanOrEqual(MAX_STEP_INSTRUCTION_LENGTH)
        }
        expect(step.minutes).toBeGreaterThanOrEqual(5)
        expect(step.minutes).toBeLessThanOrEqual(20)
        // The tool's own order: each step starts no earlier on the sheet than the one before.
        const first = Math.min(...step.sectionIds.map((id) => order.indexOf(id)))
        expect(first, step.id).toBeGreaterThan(last)
        last = first
      }
      // A planning meeting, not a day: the whole agenda fits in two hours.
      expect(agenda.reduce((sum, step) => sum + step.minutes, 0)).toBeLessThanOrEqual(120)
    },
  )

  it('refuses a step that points at a section the template does not have, or a two-line instruction', () => {
    const template = structuredClone(withSections[0]!)
    template.agenda![0]!.sectionIds = ['no-such-section']
    expect(templateSchema.safeParse(template).error?.issues[0]?.message).toMatch(
      /no section "no-such-section"/,
    )
    const twoLines = structuredClone(withSections[0]!)
    twoLines.agenda![0]!.instruction.en = 'one\ntwo'
    expect(templateSchema.safeParse(twoLines).success).toBe(false)
    const repeated = structuredClone(withSections[0]!)
    repeated.agenda![1]!.id = repeated.agenda![0]!.id
    expect(templateSchema.safeParse(repeated).success).toBe(false)
  })
})
